using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.MedicalFoods;

/// <summary>Medical foods (Theramine, Sentra, Trepadone, Gabadone).</summary>
public sealed class MedicalFoodsPolicy() : OralDrugClassPolicy(DrugClass.MedicalFood)
{
    /// <inheritdoc/>
    public override string Name => "MedicalFoods";
}
