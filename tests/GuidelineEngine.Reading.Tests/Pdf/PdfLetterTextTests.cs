using GuidelineEngine.Reading.Pdf;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests.Pdf;

public class PdfLetterTextTests
{
    /// <summary>
    /// Two words 1.8 pt (0.15 em) apart (a TJ gap, no space glyph) in a TrueType font that is not embedded: PdfPig looks it up
    /// among the host's installed fonts, which (through its substitutes) find one for Arial where Liberation Sans or Arial is
    /// installed (as on CI) and none for a made-up name. PdfPig's own word splitting, fed the found font's glyph boxes, gave
    /// "Hello World" with the font and "HelloWorld" without.
    /// </summary>
    private static byte[] TwoWordsIn(string fontName)
    {
        var widths = string.Join(' ', Enumerable.Repeat(500, 95));
        return TestPdf.Build(1, System.Text.Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td [(Hello) -150 (World)] TJ ET"), flate: false,
            font: $"<< /Type /Font /Subtype /TrueType /BaseFont /{fontName} /FirstChar 32 /LastChar 126 /Widths [{widths}] /Encoding /WinAnsiEncoding " +
                  $"/FontDescriptor << /Type /FontDescriptor /FontName /{fontName} /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >> >>");
    }

    [Test]
    public void A_non_embedded_font_gives_the_same_text_whether_or_not_the_host_has_it_installed()
    {
        var withHostFont = PdfLetterText.Extract(TwoWordsIn("Arial"));
        var withoutHostFont = PdfLetterText.Extract(TwoWordsIn("NoSuchFontInstalledAnywhere"));

        Assert.Multiple(() =>
        {
            Assert.That(withoutHostFont, Is.EqualTo(withHostFont));
            Assert.That(withHostFont, Is.EqualTo("Hello World\n"));
        });
    }
}
