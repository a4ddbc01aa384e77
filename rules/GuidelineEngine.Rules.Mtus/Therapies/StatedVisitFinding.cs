using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Therapies;

/// <summary>
/// What the reviewer states of the requested visits against the guideline's number (audit only:
/// <see cref="FactKind.VisitsExceedGuideline"/> is read from the rationale alone). Where the
/// rationale says the visits exceed the guideline, or states they do not, a visit-count criterion
/// decides from that statement, so that the audit checks the outcome against what was stated.
/// </summary>
internal static class StatedVisitFinding
{
    /// <summary>The criterion's result from the reviewer's statement, or null when the rationale states none.</summary>
    /// <param name="facts">The item's facts.</param>
    /// <param name="allowed">What the guideline allows, in words ("the initial trial of 6 visits").</param>
    public static CriterionResult? Of(ItemFacts facts, string allowed)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var evidence = facts.Evidence(FactKind.VisitsExceedGuideline);
        return facts.Status(FactKind.VisitsExceedGuideline) switch
        {
            Polarity.Present => CriterionResult.NotMet($"The reviewer states the visits requested exceed {allowed}.", evidence),

            // Only a statement that they do not exceed it counts: "no documentation of why the visits exceed" says they do.
            Polarity.Absent when evidence.All(f => f.Absence == Absence.Finding) => CriterionResult.Met($"The reviewer states the visits requested are within {allowed}.", evidence),
            _ => null,
        };
    }
}
