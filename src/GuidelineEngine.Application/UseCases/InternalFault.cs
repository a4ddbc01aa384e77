using GuidelineEngine.Reading;

namespace GuidelineEngine.Application.UseCases;

/// <summary>How a defect met while evaluating is told to the user: what happened and what to report.</summary>
public static class InternalFault
{
    /// <summary>Where a defect is reported.</summary>
    public const string ReportTo = "report it to the GuidelineEngine maintainers with the input that caused it";

    /// <summary>One line for a fault met on <paramref name="input"/>: the file or request, the exception's kind and message.</summary>
    public static string Describe(string input, Exception fault)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fault);
        return Printable.Of($"{input}: internal fault while evaluating it ({fault.GetType().Name}: {fault.Message}); the other inputs are not affected; {ReportTo}");
    }
}
