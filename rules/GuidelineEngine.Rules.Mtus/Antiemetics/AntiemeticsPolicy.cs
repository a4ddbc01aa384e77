using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Antiemetics;

/// <summary>Anti-emetics (ondansetron, promethazine, metoclopramide).</summary>
public sealed class AntiemeticsPolicy() : OralDrugClassPolicy(DrugClass.Antiemetic)
{
    /// <inheritdoc/>
    public override string Name => "Antiemetics";
}
