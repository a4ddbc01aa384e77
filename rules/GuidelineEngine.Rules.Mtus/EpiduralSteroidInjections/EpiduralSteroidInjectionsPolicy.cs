using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.EpiduralSteroidInjections;

/// <summary>
/// Epidural steroid injections and selective nerve root blocks (CPMTG p. 46; ACOEM Low Back ch. 12).
/// Injections outrank the drug topics: an injected drug is a procedure, not an oral or topical drug.
/// </summary>
public sealed class EpiduralSteroidInjectionsPolicy : TopicPolicy
{
    /// <summary>The precedence of the injection topics, above the drug topics (0) and the consultations.</summary>
    public const int InjectionPrecedence = ProcedureRequest.InjectionPrecedence;

    /// <inheritdoc/>
    public override string Name => "EpiduralSteroidInjections";

    /// <inheritdoc/>
    public override int Precedence => InjectionPrecedence;

    /// <inheritdoc/>
    public override bool ReadsFindingsOfTheRequestedRegion => true;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && ProcedureRequest.InjectionOf(facts) == InjectionKind.EpiduralSteroid && !ProcedureRequest.TiedToSurgery(facts);
}
