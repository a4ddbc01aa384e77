using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Laxatives;

/// <summary>Laxatives and drugs for opioid-induced constipation.</summary>
public sealed class LaxativesPolicy() : OralDrugClassPolicy(DrugClass.Laxative)
{
    /// <inheritdoc/>
    public override string Name => "Laxatives";
}
