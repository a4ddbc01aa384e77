using System.Diagnostics;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Filters;

namespace GuidelineEngine.Reading.Pdf;

/// <summary>
/// Extracts a PDF letter's text in the layout of the published text letters: one line per
/// baseline, a blank line where the vertical gap marks a new paragraph, a form feed per page.
/// </summary>
internal static class PdfLetterText
{
    // A gap this many times the usual line pitch separates paragraphs.
    private const double ParagraphGapFactor = 1.6;

    // Words whose baselines differ by less than this share a line (PDF points).
    private const double SameLineTolerance = 2.0;

    // A gap between letters wider than this share of the type size reads as a space, where the PDF draws none.
    private const double WordGapFactor = 0.1;

    /// <exception cref="PdfTooCostlyException">The PDF exceeds one of the <see cref="PdfLimits"/>.</exception>
    /// <exception cref="PdfHasNoPagesException">The PDF has no pages.</exception>
    public static string Extract(byte[] pdf)
    {
        var clock = Stopwatch.StartNew();
        using var document = PdfDocument.Open(pdf, new ParsingOptions
        {
            FilterProvider = new BudgetedFilterProvider(DefaultFilterProvider.Instance, PdfLimits.MaxDecodedBytes),
        });
        var pages = document.NumberOfPages;
        if (pages == 0)
        {
            throw new PdfHasNoPagesException();
        }

        if (pages > PdfLimits.MaxPages)
        {
            throw new PdfTooCostlyException($"it has {pages.ToString(CultureInfo.InvariantCulture)} pages, more than the {PdfLimits.MaxPages} a letter is read to");
        }

        var text = new StringBuilder();
        for (var number = 1; number <= pages; number++)
        {
            if (number > 1)
            {
                text.Append('\f');
            }

            AppendPage(text, document.GetPage(number));
            if (text.Length > PdfLimits.MaxTextLength)
            {
                throw new PdfTooCostlyException($"its text runs past {PdfLimits.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)} characters by page {number.ToString(CultureInfo.InvariantCulture)}");
            }

            if (clock.Elapsed > PdfLimits.MaxReadTime)
            {
                throw new PdfTooCostlyException($"reading it took more than {PdfLimits.MaxReadTime.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s by page {number.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        return text.ToString();
    }

    private static void AppendPage(StringBuilder text, Page page)
    {
        var lines = GroupIntoLines(page.Letters);
        if (lines.Count == 0)
        {
            return;
        }

        var pitches = lines.Zip(lines.Skip(1), (a, b) => a.Baseline - b.Baseline).Where(p => p > 0).OrderBy(p => p).ToList();
        // The lower quartile, not the median: a page of short paragraphs has as many paragraph gaps as line pitches.
        var pitch = pitches.Count == 0 ? double.MaxValue : pitches[pitches.Count / 4];
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && lines[i - 1].Baseline - lines[i].Baseline > pitch * ParagraphGapFactor)
            {
                text.Append('\n');
            }

            text.Append(lines[i].Text).Append('\n');
        }
    }

    // Letters, not PdfPig's words: its word splitting and word boxes use glyph boxes, which for a font the PDF does
    // not embed come from whatever font the host has installed under that name. A letter's baseline and advance
    // come from the PDF's own /Widths, so lines and spaces below are the same on every host.
    private static List<(double Baseline, string Text)> GroupIntoLines(IEnumerable<Letter> letters)
    {
        var lines = new List<(double Baseline, List<Letter> Letters)>();
        foreach (var letter in letters.OrderByDescending(BaselineOf).ThenBy(l => l.StartBaseLine.X))
        {
            var baseline = BaselineOf(letter);
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - baseline) < SameLineTolerance)
            {
                lines[^1].Letters.Add(letter);
            }
            else
            {
                lines.Add((baseline, [letter]));
            }
        }

        return [.. lines.Select(l => (l.Baseline, Text: LineText(l.Letters))).Where(l => l.Text.Length > 0)];
    }

    private static string LineText(List<Letter> letters)
    {
        var text = new StringBuilder();
        var space = false;
        double? end = null;
        foreach (var letter in letters.OrderBy(l => l.StartBaseLine.X))
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                space = text.Length > 0;
                continue;
            }

            if (end is { } previousEnd && letter.StartBaseLine.X - previousEnd > letter.PointSize * WordGapFactor)
            {
                space = true;
            }

            text.Append(space ? " " : string.Empty).Append(letter.Value);
            space = false;
            end = letter.EndBaseLine.X;
        }

        return text.ToString();
    }

    private static double BaselineOf(Letter letter) => Math.Round(letter.StartBaseLine.Y, 1, MidpointRounding.AwayFromZero);
}
