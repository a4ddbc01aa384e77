using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Acupuncture;

/// <summary>Acupuncture and electro-acupuncture (Acupuncture Medical Treatment Guidelines, 8 CCR 9792.24.1). Not after a surgery.</summary>
public sealed class AcupuncturePolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "Acupuncture";

    /// <inheritdoc/>
    public override int Precedence => 26;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && facts.Request.Drugs.Count == 0 && facts.Request.Services.Any(s => s.Category == ServiceCategory.Acupuncture) && !facts.Request.IsPostOperative;
}
