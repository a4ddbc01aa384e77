using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.FacetInjections;

/// <summary>
/// Facet joint injections and medial branch blocks (ACOEM Low Back ch. 12; CPMTG 2016 "Facet blocks"; ODG where the MTUS is silent).
/// Injections outrank the drug topics: an injected drug is a procedure, not an oral or topical drug.
/// </summary>
public sealed class FacetInjectionsPolicy : TopicPolicy
{
    /// <summary>The precedence of the injection topics, above the drug topics (0) and the consultations.</summary>
    public const int InjectionPrecedence = ProcedureRequest.InjectionPrecedence;

    /// <inheritdoc/>
    public override string Name => "FacetInjections";

    /// <inheritdoc/>
    public override int Precedence => InjectionPrecedence;

    /// <inheritdoc/>
    public override bool ReadsFindingsOfTheRequestedRegion => true;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && ProcedureRequest.InjectionOf(facts) == InjectionKind.Facet && !ProcedureRequest.TiedToSurgery(facts);
}
