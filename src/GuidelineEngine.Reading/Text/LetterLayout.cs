namespace GuidelineEngine.Reading.Text;

/// <summary>
/// Turns the two real text layouts into one: published letters (wrapped lines, blank lines
/// between paragraphs, form feeds at page breaks) and seed letters, which have an empty line
/// after every line and mark paragraph breaks with a line holding a single space.
/// </summary>
internal static class LetterLayout
{
    // A letter is double-spaced when nearly every second line is empty; a few stray lines are tolerated.
    private const double DoubleSpacedShare = 0.9;

    public static IReadOnlyList<TextLine> Normalize(string raw)
    {
        // Windows (CR LF) and classic Mac (CR alone) line endings read as LF.
        var source = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var doubleSpaced = IsDoubleSpaced(source);
        var lines = new List<TextLine>(doubleSpaced ? source.Length / 2 + 1 : source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var text = source[i];
            if (doubleSpaced && i % 2 == 1 && text.Length == 0)
            {
                continue;
            }

            var startsPage = text.Contains('\f', StringComparison.Ordinal);
            text = text.Replace("\f", string.Empty, StringComparison.Ordinal).TrimEnd();
            lines.Add(new TextLine(text, i + 1, startsPage));
        }

        return lines;
    }

    private static bool IsDoubleSpaced(string[] lines)
    {
        var pairs = lines.Length / 2;
        if (pairs < 4)
        {
            return false;
        }

        var empty = 0;
        for (var i = 1; i < lines.Length; i += 2)
        {
            if (lines[i].Length == 0)
            {
                empty++;
            }
        }

        return empty >= pairs * DoubleSpacedShare;
    }
}
