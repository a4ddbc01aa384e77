using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Pillow;

/// <summary>A cervical pillow only with a daily exercise programme.</summary>
[Rule<PillowPolicy>("NonMTUS.ODG.Pillow.WithDailyExercise", Guideline = "Official Disability Guidelines (ODG)", Section = "Neck and Upper Back, Cervical pillow", Criterion = "Recommended use of a neck support pillow while sleeping, in conjunction with daily exercise.")]
public sealed class WithDailyExercise : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "An exercise programme is documented.", "a daily exercise programme the pillow would go with", FactKind.ActiveRehabilitation);
    }
}
