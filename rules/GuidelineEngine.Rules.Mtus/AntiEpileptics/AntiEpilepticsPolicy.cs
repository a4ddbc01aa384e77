using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AntiEpileptics;

/// <summary>Anti-epileptic drugs taken for pain (gabapentin, pregabalin, topiramate, carbamazepine).</summary>
public sealed class AntiEpilepticsPolicy() : OralDrugClassPolicy(DrugClass.AntiEpileptic)
{
    /// <inheritdoc/>
    public override string Name => "AntiEpileptics";
}
