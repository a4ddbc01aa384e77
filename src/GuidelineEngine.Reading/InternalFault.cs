namespace GuidelineEngine.Reading;

/// <summary>How a defect met while reading or evaluating an input is told to the user: what happened and what to report.</summary>
public static class InternalFault
{
    /// <summary>Where a defect is reported.</summary>
    public const string ReportTo = "report it to the GuidelineEngine maintainers with the input that caused it";

    /// <summary>One line for a fault met while <paramref name="doing"/> ("evaluating it"): the exception's kind and message, and what to report.</summary>
    public static string Describe(Exception fault, string doing = "evaluating it")
    {
        ArgumentNullException.ThrowIfNull(fault);
        return Printable.Of($"internal fault while {doing} ({fault.GetType().Name}: {fault.Message}); the other inputs are not affected; {ReportTo}");
    }
}
