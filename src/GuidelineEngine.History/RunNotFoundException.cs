namespace GuidelineEngine.History;

/// <summary>A run id the history does not hold.</summary>
public sealed class RunNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RunNotFoundException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RunNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RunNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a run id.</summary>
    public RunNotFoundException(long run, string where)
        : base($"run {run} is not in the history ({where}); 'guideline history list' shows the runs recorded")
    {
    }
}
