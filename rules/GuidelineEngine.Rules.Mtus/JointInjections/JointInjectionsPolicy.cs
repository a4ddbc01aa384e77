using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.JointInjections;

/// <summary>
/// Corticosteroid injections of a joint, bursa or tendon sheath (ACOEM Shoulder ch. 9, Knee ch. 13 and the other limb chapters).
/// Injections outrank the drug topics: an injected drug is a procedure, not an oral or topical drug.
/// </summary>
public sealed class JointInjectionsPolicy : TopicPolicy
{
    /// <summary>The precedence of the injection topics, above the drug topics (0) and the consultations.</summary>
    public const int InjectionPrecedence = ProcedureRequest.InjectionPrecedence;

    /// <inheritdoc/>
    public override string Name => "JointInjections";

    /// <inheritdoc/>
    public override int Precedence => InjectionPrecedence;

    /// <inheritdoc/>
    public override bool ReadsFindingsOfTheRequestedRegion => true;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && ProcedureRequest.InjectionOf(facts) == InjectionKind.Corticosteroid && !ProcedureRequest.TiedToSurgery(facts);
}
