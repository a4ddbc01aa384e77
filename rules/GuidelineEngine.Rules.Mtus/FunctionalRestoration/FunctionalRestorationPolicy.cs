using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.FunctionalRestoration;

/// <summary>Functional restoration (interdisciplinary chronic pain) programmes.</summary>
public sealed class FunctionalRestorationPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "FunctionalRestoration";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.FunctionalRestorationProgram && !facts.Request.IsPostOperative;
}
