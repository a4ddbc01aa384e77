namespace GuidelineEngine.Reading.Pdf;

/// <summary>
/// What one PDF letter may cost to read. A published IMR letter has a few pages, a few hundred
/// kilobytes of decompressed content and some tens of thousands of characters; these bounds
/// leave room for a hundred times that and turn anything beyond into that letter's error.
/// </summary>
public static class PdfLimits
{
    /// <summary>The most pages read.</summary>
    public const int MaxPages = 200;

    /// <summary>The most bytes all the PDF's streams may decompress to, counted each time a stream is decoded.</summary>
    public const int MaxDecodedBytes = 64 * 1024 * 1024;

    /// <summary>The most characters of text extracted.</summary>
    public const int MaxTextLength = 2_000_000;

    /// <summary>The longest a PDF may take to read, checked between pages.</summary>
    public static readonly TimeSpan MaxReadTime = TimeSpan.FromSeconds(30);
}
