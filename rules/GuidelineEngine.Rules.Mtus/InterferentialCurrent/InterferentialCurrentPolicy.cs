using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.InterferentialCurrent;

/// <summary>Interferential current stimulation. Not after a surgery.</summary>
public sealed class InterferentialCurrentPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "InterferentialCurrent";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.InterferentialCurrent && !facts.Request.IsPostOperative;
}
