using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Electrodiagnostics;

/// <summary>
/// EMG and nerve conduction studies of the arms or legs, judged by the CPMTG's
/// "Electrodiagnostic testing (EMG/NCS)" and the ACOEM chapters' Special Studies. Studies around
/// a surgery are left to the surgical topics.
/// </summary>
public sealed class ElectrodiagnosticsPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "Electrodiagnostics";

    /// <summary>Diagnostic studies rank above therapy and drug topics and below injections and surgery.</summary>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.Electrodiagnostics && !facts.Request.IsPostOperative;
}
