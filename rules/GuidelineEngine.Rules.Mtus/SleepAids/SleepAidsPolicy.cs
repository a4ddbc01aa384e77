using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.SleepAids;

/// <summary>Hypnotics and sleep aids (zolpidem, eszopiclone, sedating antihistamines, melatonin).</summary>
public sealed class SleepAidsPolicy() : OralDrugClassPolicy(DrugClass.SleepAid)
{
    /// <inheritdoc/>
    public override string Name => "SleepAids";
}
