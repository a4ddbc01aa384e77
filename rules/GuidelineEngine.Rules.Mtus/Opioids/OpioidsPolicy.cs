using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Opioids;

/// <summary>Opioids, oral or transdermal, requested for pain.</summary>
public sealed class OpioidsPolicy() : OralDrugClassPolicy(DrugClass.Opioid)
{
    /// <inheritdoc/>
    public override string Name => "Opioids";
}
