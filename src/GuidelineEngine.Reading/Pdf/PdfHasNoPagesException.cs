namespace GuidelineEngine.Reading.Pdf;

/// <summary>Raised when a PDF opens but has no pages: not a scanned image, simply nothing to read.</summary>
internal sealed class PdfHasNoPagesException() : Exception("the PDF has no pages");
