using System.Text;
using GuidelineEngine.Model;
using GuidelineEngine.Reading.Files;
using GuidelineEngine.Reading.Parsing;
using GuidelineEngine.Reading.Pdf;
using GuidelineEngine.Reading.Text;
using UglyToad.PdfPig.Exceptions;

namespace GuidelineEngine.Reading;

/// <summary>
/// Reads IMR final determination letters from text or PDF files. A file that cannot be read
/// becomes a <see cref="LetterReadResult"/> with an error; reading never throws for bad input.
/// Stateless and safe to use from many threads.
/// </summary>
public sealed class LetterReader
{
    /// <summary>The file extensions a folder is searched for.</summary>
    public static readonly IReadOnlyList<string> LetterExtensions = [".txt", ".pdf"];

    // Share of control characters above which a file is taken for binary rather than text.
    private const double BinaryControlShare = 0.05;

    /// <summary>
    /// Expands files and folders into the letter files they hold (see <see cref="LetterPaths"/>);
    /// a folder that cannot be searched is kept, so that reading it reports the problem.
    /// </summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths) =>
        LetterPaths.Default.Expand(paths).Select(p => p.Path);

    /// <summary>
    /// Reads every letter under the given files and folders, lazily and in order; a path that could
    /// not be searched is its own error, and so is a fault met while reading one letter (a defect:
    /// bad input is reported without throwing), so that the rest are still read.
    /// </summary>
    public IEnumerable<LetterReadResult> ReadAll(IEnumerable<string> paths) => LetterPaths.Default.Expand(paths).Select(path => Guarded(path, Read));

    /// <summary>The fault barrier of one letter's reading: an exception from <paramref name="read"/> becomes the letter's error.</summary>
    internal static LetterReadResult Guarded(LetterPath path, Func<LetterPath, LetterReadResult> read)
    {
        try
        {
            return read(path);
        }
#pragma warning disable CA1031 // The barrier exists to catch what nobody foresaw; the fault is reported, not hidden.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return LetterReadResult.Failure(new LetterReadError(path.Path, InternalFault.Describe(e, "reading it")));
        }
    }

    /// <summary>Reads a letter file found by <see cref="LetterPaths"/>, or reports why its path could not be searched.</summary>
    public LetterReadResult Read(LetterPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Problem is { } problem ? Fail(path.Path, problem) : Read(path.Path);
    }

    /// <summary>
    /// Reads one letter file (<c>.txt</c> or <c>.pdf</c>). Only a regular file is read, and at most
    /// <see cref="TextLimits.MaxBytes"/> (a PDF <see cref="TextLimits.MaxPdfBytes"/>) of it.
    /// </summary>
    public LetterReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (FileKind.NotRegular(path) is { } kind)
        {
            return Fail(path, $"is {kind}, not a regular file: expected a .txt or .pdf IMR letter");
        }

        var cap = MaxBytesOf(path);
        byte[] bytes;
        try
        {
            bytes = ReadAtMost(path, cap);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(path, $"cannot be opened: {e.Message}");
        }

        return Read(path, bytes);
    }

    // Reads one byte past the cap, so that a file over it is told from one exactly at it; the
    // file's stated length is not trusted (it can grow, or be 0 for a file the kernel makes up).
    private static byte[] ReadAtMost(string path, int cap)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var memory = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while (memory.Length <= cap && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, cap + 1 - memory.Length))) > 0)
        {
            memory.Write(chunk, 0, read);
        }

        return memory.ToArray();
    }

    private static int MaxBytesOf(string name) =>
        Path.GetExtension(name).Equals(".pdf", StringComparison.OrdinalIgnoreCase) ? TextLimits.MaxPdfBytes : TextLimits.MaxBytes;

    /// <summary>Reads a letter from its bytes; <paramref name="name"/> names it in results and errors.</summary>
    public LetterReadResult Read(string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return Fail(name, "is empty: expected the text or PDF of an IMR final determination letter");
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        var isPdf = extension == ".pdf" || StartsWithPdfSignature(content);
        var cap = isPdf ? TextLimits.MaxPdfBytes : TextLimits.MaxBytes;
        if (content.Length > cap)
        {
            return Fail(name, $"is too large to read: more than {cap:N0} bytes, where a letter has some tens of kilobytes");
        }

        if (isPdf)
        {
            return ReadPdf(name, content);
        }

        if (extension is not ("" or ".txt" or ".text"))
        {
            return Fail(name, $"has an unsupported file type '{extension}': expected a .txt or .pdf IMR letter");
        }

        if (!TextDecoding.IsUtf16(content) && LooksBinary(content, out var offset))
        {
            return Fail(name, $"is not text (binary content at byte {offset}): expected a .txt or .pdf IMR letter");
        }

        string text;
        string? warning;
        try
        {
            text = TextDecoding.Decode(content, out warning);
        }
        catch (InvalidTextException e)
        {
            return Fail(name, e.Message);
        }

        return ReadText(name, text, warning is null ? [] : [warning]);
    }

    /// <summary>Reads a letter from its text; <paramref name="name"/> names it in results and errors.</summary>
    public LetterReadResult ReadText(string name, string text) => ReadText(name, text, []);

    private LetterReadResult ReadText(string name, string text, IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text.Replace("\f", string.Empty, StringComparison.Ordinal)))
        {
            return Fail(name, "is empty: expected the text or PDF of an IMR final determination letter");
        }

        try
        {
            var lines = LetterLayout.Normalize(text);
            if (SeveralLetters.Find(lines) is { } several)
            {
                return Fail(name, several);
            }

            var letter = LetterParser.Parse(name, lines);
            if (letter.Items.Count > TextLimits.MaxItems)
            {
                return Fail(name, $"is too costly to read: {letter.Items.Count:N0} disputed items, where a letter may have at most {TextLimits.MaxItems}");
            }

            return LetterReadResult.Success(letter with { Warnings = Capped([.. warnings, .. LetterWarnings.Of(letter)]) });
        }
        catch (LetterFormatException e)
        {
            return LetterReadResult.Failure(new LetterReadError(name, Printable.Of(e.Message), e.Section, e.Line));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // Patterns are linear and their input capped, so this is a hang guard for text no letter has.
            return Fail(name, "could not be read in reasonable time: its text is not laid out like an IMR letter");
        }
    }

    private LetterReadResult ReadPdf(string name, byte[] content)
    {
        string text;
        try
        {
            text = PdfLetterText.Extract(content);
        }
        catch (PdfTooCostlyException e)
        {
            return Fail(name, $"is a PDF too costly to read: {e.Message}; a letter has a few pages of text");
        }
        catch (PdfHasNoPagesException)
        {
            return Fail(name, "is a PDF with no pages: expected the pages of an IMR letter");
        }
        catch (PdfDocumentEncryptedException) when (PdfDamage.DeclaresEncryption(content))
        {
            return Fail(name, "is an encrypted PDF: remove the password protection and read it again");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged PDF can fail anywhere inside the PDF library; its messages speak of the library's
            // internals (or quote raw bytes), so the reader is told what is wrong in its own words.
            return Fail(name, $"is a damaged PDF: {PdfDamage.Describe(content)}; expected a PDF letter as published (re-save or re-export it)");
        }

        return string.IsNullOrWhiteSpace(text.Replace("\f", string.Empty, StringComparison.Ordinal))
            ? Fail(name, "is a PDF with no text layer (a scanned image?): expected a PDF with selectable text")
            : ReadText(name, text);
    }

    private static bool StartsWithPdfSignature(byte[] content) =>
        content.Length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F' && content[4] == '-';

    private static bool LooksBinary(byte[] content, out int offset)
    {
        var control = 0;
        offset = -1;
        for (var i = 0; i < content.Length; i++)
        {
            var b = content[i];
            if (b == 0 || (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f')))
            {
                offset = offset < 0 ? i : offset;
                if (b == 0)
                {
                    offset = i;
                    return true;
                }

                control++;
            }
        }

        return control > content.Length * BinaryControlShare;
    }

    // A letter's warnings are printed on stderr and stored per letter: their number is bounded like its size.
    private static List<string> Capped(List<string> warnings) =>
        warnings.Count <= TextLimits.MaxWarnings
            ? warnings.ConvertAll(Printable.Of)
            : [.. warnings.Take(TextLimits.MaxWarnings).Select(Printable.Of), $"and {warnings.Count - TextLimits.MaxWarnings:N0} more warnings like these, not listed (at most {TextLimits.MaxWarnings} are)"];

    private static LetterReadResult Fail(string file, string message) =>
        LetterReadResult.Failure(new LetterReadError(file, Printable.Of(message)));
}
