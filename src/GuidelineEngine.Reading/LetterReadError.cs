namespace GuidelineEngine.Reading;

/// <summary>Why a file could not be read as an IMR letter.</summary>
/// <param name="File">The file that failed.</param>
/// <param name="Message">What was missing or wrong, in words a reviewer can act on.</param>
/// <param name="Section">The letter section the problem was found in, if any.</param>
/// <param name="Line">The 1-based line of the source text the problem was found at, if any.</param>
public sealed record LetterReadError(string File, string Message, string? Section = null, int? Line = null)
{
    /// <summary>The error as one line: file, line and section where known, then the message.</summary>
    public override string ToString()
    {
        var where = File;
        if (Line is int line)
        {
            where += $":{line}";
        }

        if (Section is not null)
        {
            where += $" [{Section}]";
        }

        return $"{where}: {Message}";
    }
}
