namespace GuidelineEngine.Evaluation;

/// <summary>The rule set is invalid; start-up stops. The message names every rule at fault.</summary>
public sealed class RuleSetException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public RuleSetException(IReadOnlyList<string> problems)
        : base("The rule set is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message.</summary>
    public RuleSetException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RuleSetException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public RuleSetException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Each problem, naming its rule.</summary>
    public IReadOnlyList<string> Problems { get; }
}
