using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.ErectileDysfunctionDrugs;

/// <summary>Drugs for erectile dysfunction (sildenafil, tadalafil, vardenafil), on which the MTUS is silent.</summary>
public sealed class ErectileDysfunctionDrugsPolicy() : OralDrugClassPolicy(DrugClass.ErectileDysfunction)
{
    /// <inheritdoc/>
    public override string Name => "ErectileDysfunctionDrugs";
}
