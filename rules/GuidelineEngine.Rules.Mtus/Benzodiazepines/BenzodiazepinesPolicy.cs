using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Benzodiazepines;

/// <summary>Benzodiazepines (diazepam, alprazolam, lorazepam, clonazepam).</summary>
public sealed class BenzodiazepinesPolicy() : OralDrugClassPolicy(DrugClass.Benzodiazepine)
{
    /// <inheritdoc/>
    public override string Name => "Benzodiazepines";
}
