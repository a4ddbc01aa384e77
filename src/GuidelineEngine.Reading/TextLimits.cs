namespace GuidelineEngine.Reading;

/// <summary>
/// What one text letter may cost, as <see cref="Pdf.PdfLimits"/> bounds a PDF. The largest letter
/// of the development corpus has 27 KB and 9 items; these bounds leave room for far more and turn
/// anything beyond into that letter's error, so that one hostile file cannot exhaust memory or
/// make the output explode.
/// </summary>
public static class TextLimits
{
    /// <summary>The largest text letter read, in bytes (as many characters as a PDF's text may have).</summary>
    public const int MaxBytes = 2_000_000;

    /// <summary>The largest PDF file read, in bytes (as much as its streams may decompress to).</summary>
    public const int MaxPdfBytes = Pdf.PdfLimits.MaxDecodedBytes;

    /// <summary>The most disputed items one letter may have.</summary>
    public const int MaxItems = 100;

    /// <summary>The most warnings kept for one letter; the rest are counted in one last warning.</summary>
    public const int MaxWarnings = 20;
}
