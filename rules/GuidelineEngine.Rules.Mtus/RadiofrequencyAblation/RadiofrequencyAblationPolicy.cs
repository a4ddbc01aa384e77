using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.RadiofrequencyAblation;

/// <summary>
/// Radiofrequency ablation (neurotomy) of the facet joint nerves (ACOEM Low Back ch. 12 and Neck ch. 8; ODG).
/// Injections outrank the drug topics: an injected drug is a procedure, not an oral or topical drug.
/// </summary>
public sealed class RadiofrequencyAblationPolicy : TopicPolicy
{
    /// <summary>The precedence of the injection topics, above the drug topics (0) and the consultations.</summary>
    public const int InjectionPrecedence = ProcedureRequest.InjectionPrecedence;

    /// <inheritdoc/>
    public override string Name => "RadiofrequencyAblation";

    /// <inheritdoc/>
    public override int Precedence => InjectionPrecedence;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && ProcedureRequest.InjectionOf(facts) == InjectionKind.RadiofrequencyAblation && !ProcedureRequest.TiedToSurgery(facts);
}
