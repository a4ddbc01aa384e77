using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.Orthosis;

/// <summary>Wrist and thumb splints for carpal tunnel syndrome or De Quervain's tendinitis.</summary>
[Rule<OrthosisPolicy>("MTUS.ACOEM.Orthosis.WristSplintIndication", Guideline = "MTUS ACOEM Forearm, Wrist, and Hand Complaints (2004)", Pages = "264-265", Criterion = "Splinting of the wrist in neutral position at night and day as needed is recommended for carpal tunnel syndrome; a thumb spica splint for De Quervain's tendinitis.")]
public sealed class WristSplintIndication : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Request.BodyParts.Any(p => p.Region is BodyRegion.WristHand or BodyRegion.Forearm)
            ? RequireDocumented(facts, "Carpal tunnel syndrome or De Quervain's tendinitis is diagnosed.", "a diagnosis splinting is recommended for (carpal tunnel syndrome, De Quervain's tendinitis)", FactKind.CarpalTunnelOrDeQuervain)
            : NotApplicable("The brace is not for the wrist or hand.");
    }
}
