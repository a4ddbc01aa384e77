using GuidelineEngine.Facts;

namespace GuidelineEngine.Cli;

/// <summary>Settings of <c>evaluate</c> from appsettings.json or the environment (<c>Evaluation__DefaultMode</c>).</summary>
internal sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    /// <summary>The mode used when --mode is not given.</summary>
    public EvaluationMode DefaultMode { get; set; } = EvaluationMode.Prescreen;

    /// <summary>Letters evaluated at once; 0 means one per core.</summary>
    public int Parallelism { get; set; }
}
