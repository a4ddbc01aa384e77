using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.Traction;

/// <summary>Home cervical traction for radicular symptoms with a home exercise programme.</summary>
[Rule<TractionPolicy>("NonMTUS.ODG.Traction.CervicalHomeTraction", Guideline = "Official Disability Guidelines (ODG)", Section = "Neck and Upper Back, Traction", Criterion = "Home cervical patient-controlled traction is recommended for patients with radicular symptoms, in conjunction with a home exercise program.")]
public sealed class CervicalHomeTraction : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.Request.BodyParts.Any(p => p.Region == BodyRegion.CervicalSpine))
        {
            return NotApplicable("The traction is not for the neck.");
        }

        var radicular = RequireDocumented(facts, "Radicular symptoms are documented.", "radicular symptoms", FactKind.Radiculopathy);
        return radicular.Status != CriterionStatus.Met
            ? radicular
            : RequireDocumented(facts, "Radicular symptoms and a home exercise programme are documented.", "a home exercise programme the traction would go with", FactKind.ActiveRehabilitation);
    }
}
