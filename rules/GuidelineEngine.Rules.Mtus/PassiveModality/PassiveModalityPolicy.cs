using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.PassiveModality;

/// <summary>Passive modalities given in the clinic: infrared and other heat, therapeutic ultrasound, diathermy, laser. Not after a surgery.</summary>
public sealed class PassiveModalityPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "PassiveModality";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.PassiveModality && !facts.Request.IsPostOperative;
}
