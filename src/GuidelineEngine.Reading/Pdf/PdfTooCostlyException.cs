namespace GuidelineEngine.Reading.Pdf;

/// <summary>Raised while a PDF is read when it exceeds one of the <see cref="PdfLimits"/>; the reader turns it into that letter's error.</summary>
internal sealed class PdfTooCostlyException(string what) : Exception(what);
