using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Medications;

/// <summary>
/// Continued use of an adjuvant (antidepressant, anti-epileptic) needs both documented pain relief and documented
/// functional improvement: the guideline names both, so one without the other does not suffice.
/// </summary>
internal static class ReliefAndFunction
{
    /// <summary>Met when both are documented; otherwise the first unmet part, NotMet where stated absent.</summary>
    public static CriterionResult Judge(ItemFacts facts, string drug)
    {
        var relief = Part(facts, FactKind.Analgesia, $"pain relief with the {drug}");
        var function = Part(facts, FactKind.FunctionalImprovement, $"objective functional improvement with the {drug}");
        if (relief.Status == CriterionStatus.Met && function.Status == CriterionStatus.Met)
        {
            return new CriterionResult(CriterionStatus.Met, $"Pain relief and functional improvement with the {drug} are documented.", [.. relief.Evidence, .. function.Evidence]);
        }

        return relief.Status == CriterionStatus.NotMet ? relief
            : function.Status == CriterionStatus.NotMet ? function
            : relief.Status != CriterionStatus.Met ? relief
            : function;
    }

    private static CriterionResult Part(ItemFacts facts, FactKind kind, string missing) => facts.Status(kind) switch
    {
        Polarity.Present => new CriterionResult(CriterionStatus.Met, $"Documented: {missing}.", facts.Evidence(kind)),
        Polarity.Absent when facts.Evidence(kind).All(f => f.Absence == Absence.Finding)
            => new CriterionResult(CriterionStatus.NotMet, $"Documented as absent: {missing}.", facts.Evidence(kind), missing),
        _ => new CriterionResult(CriterionStatus.NotDocumented, $"Not documented: {missing}.", facts.Evidence(kind), missing),
    };
}
