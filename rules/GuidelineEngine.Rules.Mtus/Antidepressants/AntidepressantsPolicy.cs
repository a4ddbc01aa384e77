using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Antidepressants;

/// <summary>Antidepressants taken for chronic pain (tricyclics, SNRIs, SSRIs, bupropion).</summary>
public sealed class AntidepressantsPolicy() : OralDrugClassPolicy(DrugClass.Antidepressant)
{
    /// <inheritdoc/>
    public override string Name => "Antidepressants";
}
