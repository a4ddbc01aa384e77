using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;

namespace GuidelineEngine.Rules.Mtus.Procedures;

/// <summary>
/// What a procedure, consultation or test request is, read from its typed facts: which kind of
/// injection, whether the heading ties it to a surgery, which body regions it names. The topics
/// of this group share it so that exactly one of them claims an item.
/// </summary>
public static class ProcedureRequest
{
    /// <summary>The precedence of the injection topics: above the drug topics (0), because an injected drug is a procedure.</summary>
    public const int InjectionPrecedence = 20;

    /// <summary>The precedence of the consultation, evaluation and testing topics.</summary>
    public const int ConsultationPrecedence = 10;

    private static readonly BodyRegion[] PeripheralJoints =
        [BodyRegion.Shoulder, BodyRegion.Elbow, BodyRegion.WristHand, BodyRegion.Hip, BodyRegion.Knee, BodyRegion.AnkleFoot, BodyRegion.Forearm];

    // Ordered from the most specific: "PRP injection" is PRP, "epidural steroid injection" is an ESI, not a corticosteroid joint injection.
    private static readonly (ServiceCategory Category, InjectionKind Kind)[] ByCategory =
    [
        (ServiceCategory.PlateletRichPlasma, InjectionKind.PlateletRichPlasma),
        (ServiceCategory.Viscosupplementation, InjectionKind.Viscosupplementation),
        (ServiceCategory.RadiofrequencyAblation, InjectionKind.RadiofrequencyAblation),
        (ServiceCategory.FacetInjection, InjectionKind.Facet),
        (ServiceCategory.EpiduralSteroidInjection, InjectionKind.EpiduralSteroid),
        (ServiceCategory.TriggerPointInjection, InjectionKind.TriggerPoint),
        (ServiceCategory.CorticosteroidInjection, InjectionKind.Corticosteroid),
    ];

    /// <summary>True when the request names a service of <paramref name="category"/> anywhere in it.</summary>
    public static bool Names(ItemFacts facts, ServiceCategory category)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Request.Services.Any(s => s.Category == category);
    }

    /// <summary>True when the item heading states <paramref name="kind"/> (the request itself, not the history).</summary>
    public static bool HeadingStates(ItemFacts facts, FactKind kind)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Facts.Any(f => f.Section == SourceSection.ItemHeading && f.Kind == kind && f.Polarity == Polarity.Present);
    }

    /// <summary>True when the request follows a surgery (pre-operative tests, associated surgical services): those belong to the surgery topics.</summary>
    public static bool TiedToSurgery(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Request.IsPostOperative || HeadingStates(facts, FactKind.SurgeryTiedRequest);
    }

    /// <summary>The kind of injection the request is for, or <see cref="InjectionKind.None"/>.</summary>
    public static InjectionKind InjectionOf(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var (category, kind) in ByCategory)
        {
            if (Names(facts, category))
            {
                return kind;
            }
        }

        var injection = facts.Request.IsInjection || Names(facts, ServiceCategory.Injection);
        if (!injection)
        {
            return InjectionKind.None;
        }

        // A steroid named with "injection" into a joint is a joint injection; into a muscle or the spine it is judged by no topic here.
        if (facts.Request.Drugs.Any(d => d.Class == DrugClass.Corticosteroid) && InPeripheralJoint(facts))
        {
            return InjectionKind.Corticosteroid;
        }

        return facts.Request.Drugs.Any(d => d.Class == DrugClass.NSAID) ? InjectionKind.Ketorolac : InjectionKind.Other;
    }

    /// <summary>True when the request is for an injection of any kind.</summary>
    public static bool IsInjection(ItemFacts facts) => InjectionOf(facts) != InjectionKind.None;

    /// <summary>True when the request names a peripheral joint (shoulder, elbow, wrist or hand, hip, knee, ankle or foot).</summary>
    public static bool InPeripheralJoint(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Request.BodyParts.Any(p => PeripheralJoints.Contains(p.Region));
    }

    /// <summary>True when the request names the knee.</summary>
    public static bool ForKnee(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Request.BodyParts.Any(p => p.Region == BodyRegion.Knee);
    }

    /// <summary>
    /// True for a consultation, visit, evaluation or test of this group: not an injection, not tied to
    /// a surgery, and naming no therapy, imaging, surgery or equipment (a "chiropractic evaluation" is
    /// chiropractic care; "arthroscopy with evaluation" is surgery).
    /// </summary>
    public static bool IsStandAlone(ItemFacts facts, ServiceCategory category)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Names(facts, category) && !IsInjection(facts) && !TiedToSurgery(facts)
            && facts.Request.Drugs.Count == 0
            && facts.Request.Services.All(s => s.Category is ServiceCategory.Consultation or ServiceCategory.FollowUpVisit
                or ServiceCategory.FunctionalCapacityEvaluation or ServiceCategory.PsychologicalEvaluation
                or ServiceCategory.UrineDrugTesting or ServiceCategory.Electrocardiogram or ServiceCategory.Laboratory);
    }
}
