using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests.Pdf;

public class PdfLetterTests
{
    private static IEnumerable<TestCaseData> Pdfs() =>
        Directory.EnumerateFiles(TestPaths.CorpusAllPdfs, "*.pdf").Order(StringComparer.Ordinal)
            .Select(p => new TestCaseData(Path.GetFileName(p)).SetArgDisplayNames(Path.GetFileNameWithoutExtension(p)));

    [Test]
    public void Every_corpus_letter_has_a_pdf_twin() =>
        Assert.That(Pdfs().Count(), Is.EqualTo(Directory.EnumerateFiles(TestPaths.CorpusLetters, "*.txt").Count()).And.EqualTo(117));

    [TestCaseSource(nameof(Pdfs))]
    public void A_pdf_gives_the_same_items_outcomes_and_summary_as_its_text_twin(string pdf)
    {
        var reader = new LetterReader();
        var fromPdf = reader.Read(Path.Combine(TestPaths.CorpusAllPdfs, pdf));
        var fromText = reader.Read(Path.Combine(TestPaths.CorpusLetters, Path.ChangeExtension(pdf, ".txt")));

        Assert.That(fromPdf.Error, Is.Null);
        var letter = fromPdf.Letter!;
        var twin = fromText.Letter!;
        Assert.Multiple(() =>
        {
            Assert.That(letter.Items.Select(i => (i.Request, i.Outcome)), Is.EqualTo(twin.Items.Select(i => (i.Request, i.Outcome))));
            Assert.That(letter.Header, Is.EqualTo(twin.Header));
            // The same characters; where a line breaks and how wide a gap reads as a space differ between PDF readers.
            Assert.That(WithoutSpaces(letter.ClinicalSummary), Is.EqualTo(WithoutSpaces(twin.ClinicalSummary)));
        });
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
