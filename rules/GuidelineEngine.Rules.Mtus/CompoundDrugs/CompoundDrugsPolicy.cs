using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.CompoundDrugs;

/// <summary>Compounded oral suspension kits (Synapryn, Tabradol, Deprizine, Fanatrex, Dicopanol), judged as compound drugs rather than by their active drug.</summary>
public sealed class CompoundDrugsPolicy() : OralDrugClassPolicy(DrugClass.CompoundedOralKit)
{
    /// <inheritdoc/>
    public override string Name => "CompoundDrugs";
}
