using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Nsaids;

/// <summary>Oral NSAIDs.</summary>
public sealed class NsaidsPolicy() : OralDrugClassPolicy(DrugClass.NSAID)
{
    /// <inheritdoc/>
    public override string Name => "Nsaids";
}
