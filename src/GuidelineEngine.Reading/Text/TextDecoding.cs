using System.Text;

namespace GuidelineEngine.Reading.Text;

/// <summary>
/// Turns a text letter's bytes into text: UTF-8 (with or without a byte order mark) or UTF-16
/// (with a byte order mark, or without one when every other byte of plain text is zero).
/// </summary>
internal static class TextDecoding
{
    // Share of zero bytes at odd (or even) positions that marks UTF-16 text without a byte order mark.
    private const double Utf16ZeroShare = 0.9;

    private const int SampleLength = 4096;

    /// <summary>The text; <paramref name="warning"/> says when the bytes were not UTF-8 and were read as Latin-1.</summary>
    /// <exception cref="InvalidTextException">The bytes are neither UTF-8 nor Latin-1 text.</exception>
    public static string Decode(byte[] content, out string? warning)
    {
        ArgumentNullException.ThrowIfNull(content);
        warning = null;
        var start = Preamble(content);
        if (Utf16Of(content) is { } encoding)
        {
            return encoding.GetString(content, start, content.Length - start);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index + start;
            if (Array.FindIndex(content, start, IsLatin1Control) is var control and >= 0)
            {
                // Latin-1 text has no characters 0x80 to 0x9F: bytes there are neither UTF-8 nor Latin-1, and
                // reading them would put terminal control codes into the letter's text.
                throw new InvalidTextException($"is not valid UTF-8 text: the byte at offset {offset} is not UTF-8, and byte 0x{content[control]:X2} at offset {control} is not Latin-1 text either: expected the letter saved as UTF-8");
            }

            // Latin-1 maps every byte to a character, so no text is lost to replacement characters.
            warning = $"the text is not UTF-8 (an invalid byte at offset {offset}): it was read as Latin-1; check accented characters and quotes";
            return Encoding.Latin1.GetString(content, start, content.Length - start);
        }
    }

    private static bool IsLatin1Control(byte b) => b is >= 0x80 and <= 0x9F;

    /// <summary>True when the bytes are UTF-16 text.</summary>
    public static bool IsUtf16(byte[] content) => Utf16Of(content) is not null;

    private static int Preamble(byte[] content) =>
        content is [0xEF, 0xBB, 0xBF, ..] ? 3 : content is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] ? 2 : 0;

    private static Encoding? Utf16Of(byte[] content)
    {
        if (content is [0xFF, 0xFE, ..])
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        if (content is [0xFE, 0xFF, ..])
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        var sample = Math.Min(content.Length, SampleLength) & ~1;
        if (sample < 8)
        {
            return null;
        }

        int zeroOdd = 0, zeroEven = 0;
        for (var i = 0; i < sample; i += 2)
        {
            zeroEven += content[i] == 0 ? 1 : 0;
            zeroOdd += content[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample / 2;
        return zeroOdd >= pairs * Utf16ZeroShare && zeroEven == 0 ? new UnicodeEncoding(false, false)
            : zeroEven >= pairs * Utf16ZeroShare && zeroOdd == 0 ? new UnicodeEncoding(true, false)
            : null;
    }
}
