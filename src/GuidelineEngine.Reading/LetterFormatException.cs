namespace GuidelineEngine.Reading;

/// <summary>
/// Raised inside the reader when a letter does not have the structure of an IMR letter; the
/// reader turns it into a <see cref="LetterReadError"/> at its edge.
/// </summary>
internal sealed class LetterFormatException(string section, int? line, string message) : Exception(message)
{
    public string Section { get; } = section;

    public int? Line { get; } = line;
}
