namespace GuidelineEngine.Cli;

/// <summary>What the process exit status says happened.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read and processed.</summary>
    public const int Success = 0;

    /// <summary>The run finished, but one or more inputs failed; they are reported.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong; nothing was processed.</summary>
    public const int UsageError = 2;

    /// <summary>The run history could not be used (recorded to or read); results and report were still written.</summary>
    public const int HistoryFailed = 3;

    /// <summary>An output file (<c>--out</c>, <c>--report</c>, or standard output) could not be written; said in one line.</summary>
    public const int OutputFailed = 4;
}
