using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.KetorolacInjection;

/// <summary>
/// Injected ketorolac (Toradol), an NSAID given by injection (CPMTG p. 72).
/// Injections outrank the drug topics: an injected drug is a procedure, not an oral or topical drug.
/// </summary>
public sealed class KetorolacInjectionPolicy : TopicPolicy
{
    /// <summary>The precedence of the injection topics, above the drug topics (0) and the consultations.</summary>
    public const int InjectionPrecedence = ProcedureRequest.InjectionPrecedence;

    /// <inheritdoc/>
    public override string Name => "KetorolacInjection";

    /// <inheritdoc/>
    public override int Precedence => InjectionPrecedence;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && ProcedureRequest.InjectionOf(facts) == InjectionKind.Ketorolac && !ProcedureRequest.TiedToSurgery(facts);
}
