using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Electrodiagnostics;

/// <summary>The studies localise neurological symptoms: some must be documented in the limbs.</summary>
[Rule<ElectrodiagnosticsPolicy>("MTUS.CPMTG.Electrodiagnostics.NeurologicFindings", Section = "Electrodiagnostic testing (EMG/NCS)", Editions = GuidelineEditions.Cpmtg2016,
    Criterion = "Electrodiagnostic testing is used for localizing the source of the neurological symptoms and establishing the diagnosis of focal nerve entrapments, such as carpal tunnel syndrome, or radiculopathy.")]
public sealed class NeurologicFindings : CriterionRule
{
    private static readonly FactKind[] Kinds = [FactKind.ObjectiveNeuroDeficit, FactKind.NerveEntrapmentSign, FactKind.Radiculopathy, FactKind.NeuropathicPain];

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var present = Kinds.Where(k => facts.Status(k) == Polarity.Present).ToList();
        if (present.Count > 0)
        {
            return Met("Neurological symptoms or signs are documented.", [.. present.SelectMany(facts.Evidence)]);
        }

        return Kinds.All(k => facts.Status(k) == Polarity.Absent)
            ? NotMet("No neurological symptom or sign is present.", [.. Kinds.SelectMany(facts.Evidence)])
            : NotDocumented("No neurological symptom or sign in the limbs is documented.", "neurological symptoms or signs (numbness, radiating pain, a deficit, entrapment signs)");
    }
}
