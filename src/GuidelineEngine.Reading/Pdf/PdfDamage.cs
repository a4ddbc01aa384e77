using System.Text;

namespace GuidelineEngine.Reading.Pdf;

/// <summary>Says, from a PDF's bytes, what is wrong with one the PDF library could not open.</summary>
internal static class PdfDamage
{
    private static readonly byte[] EndOfFile = Encoding.ASCII.GetBytes("%%EOF");
    private static readonly byte[] Encrypt = Encoding.ASCII.GetBytes("/Encrypt");
    private static readonly byte[] CrossReference = Encoding.ASCII.GetBytes("startxref");

    // The end-of-file marker sits in the last kilobyte of a whole PDF.
    private const int TailLength = 1024;

    /// <summary>True when the PDF says it is encrypted (its trailer names an /Encrypt dictionary).</summary>
    public static bool DeclaresEncryption(byte[] pdf) => pdf.AsSpan().IndexOf(Encrypt) >= 0;

    /// <summary>What is visibly wrong: cut off, no cross-reference table, or a structure that does not parse.</summary>
    public static string Describe(byte[] pdf)
    {
        var tail = pdf.AsSpan(Math.Max(0, pdf.Length - TailLength));
        if (tail.IndexOf(EndOfFile) < 0)
        {
            return "it seems cut off (no %%EOF end marker)";
        }

        return pdf.AsSpan().IndexOf(CrossReference) < 0
            ? "it has no cross-reference table (startxref)"
            : "its objects or page contents do not follow the PDF format";
    }
}
