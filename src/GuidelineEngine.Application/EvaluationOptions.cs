using GuidelineEngine.Facts;

namespace GuidelineEngine.Application;

/// <summary>Settings of evaluation from appsettings.json or the environment (<c>Evaluation__DefaultMode</c>), the same for every host.</summary>
public sealed class EvaluationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Evaluation";

    /// <summary>The mode used when a command or request names none.</summary>
    public EvaluationMode DefaultMode { get; set; } = EvaluationMode.Prescreen;

    /// <summary>Letters evaluated at once; 0 means one per core.</summary>
    public int Parallelism { get; set; }

    /// <summary>Letters evaluated at once: <paramref name="requested"/>, else the setting, else one per core.</summary>
    public int ThreadsFor(int? requested) => requested ?? (Parallelism > 0 ? Parallelism : Environment.ProcessorCount);
}
