using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Biofeedback;

/// <summary>Biofeedback only within a programme of cognitive behavioural therapy.</summary>
[Rule<BiofeedbackPolicy>("MTUS.CPMTG.Biofeedback.WithinCbtProgram", Pages = "24-25", Criterion = "Not recommended as a stand-alone treatment, but recommended as an option in a cognitive behavioral therapy (CBT) program; may be considered after 4 weeks of CBT.")]
public sealed class WithinCbtProgram : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Cognitive behavioural therapy is documented.", "a programme of cognitive behavioural therapy the biofeedback would be part of", FactKind.CognitiveBehaviouralTherapy);
    }
}
