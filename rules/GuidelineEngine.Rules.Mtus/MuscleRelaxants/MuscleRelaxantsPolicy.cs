using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.MuscleRelaxants;

/// <summary>Oral muscle relaxants. Topical ones fall under topical analgesics.</summary>
public sealed class MuscleRelaxantsPolicy() : OralDrugClassPolicy(DrugClass.MuscleRelaxant)
{
    /// <inheritdoc/>
    public override string Name => "MuscleRelaxants";
}
