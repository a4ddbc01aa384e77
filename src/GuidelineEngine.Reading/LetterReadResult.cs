using GuidelineEngine.Model;

namespace GuidelineEngine.Reading;

/// <summary>The outcome of reading one file: a letter, or the reason it could not be read.</summary>
public sealed record LetterReadResult
{
    private LetterReadResult(string file, Letter? letter, LetterReadError? error)
    {
        File = file;
        Letter = letter;
        Error = error;
    }

    /// <summary>The file that was read.</summary>
    public string File { get; }

    /// <summary>The letter, when it was read.</summary>
    public Letter? Letter { get; }

    /// <summary>The reason the file could not be read, when it could not.</summary>
    public LetterReadError? Error { get; }

    /// <summary>True when a letter was read.</summary>
    public bool Succeeded => Letter is not null;

    /// <summary>A successful read.</summary>
    public static LetterReadResult Success(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return new LetterReadResult(letter.File, letter, null);
    }

    /// <summary>A failed read.</summary>
    public static LetterReadResult Failure(LetterReadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new LetterReadResult(error.File, null, error);
    }
}
