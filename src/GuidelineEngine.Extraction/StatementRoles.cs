using System.Text.RegularExpressions;
using GuidelineEngine.Facts;

namespace GuidelineEngine.Extraction;

/// <summary>
/// Tells apart whose account a summary sentence gives (<see cref="StatementRole"/>). The account of
/// the UR decision is found by its subject and verb ("UR non-certified", "the claims administrator
/// failed to approve", "the request was denied"); it reaches from the start of the clause that states
/// the decision to the end of the sentence, so that the reasons given ("as there was no
/// documentation of ...", "due to a lack of ...") are UR's, while a finding the physician reported
/// earlier in the sentence ("he had locking, which UR did not consider") stays the physician's.
/// </summary>
internal static partial class StatementRoles
{
    /// <summary>The role of a sentence, and where in it the account of the UR decision starts (the sentence's length when it has none).</summary>
    public static (StatementRole Role, int ReviewStart) Of(string sentence, bool afterReviewAccount)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var review = ReviewerDecides().Match(sentence) is { Success: true } m1 ? m1
            : RequestDecided().Match(sentence) is { Success: true } m2 ? m2
            : afterReviewAccount && ReviewContinues().Match(sentence) is { Success: true } m3 ? m3
            : null;
        if (review is not null)
        {
            var clauseStart = 0;
            foreach (Match boundary in ClauseBoundary().Matches(sentence[..review.Index]))
            {
                clauseStart = boundary.Index + boundary.Length;
            }

            return (StatementRole.UtilizationReview, clauseStart);
        }

        var role = Examination().IsMatch(sentence) ? StatementRole.Examination
            : Plan().IsMatch(sentence) ? StatementRole.Plan
            : History().IsMatch(sentence) ? StatementRole.History
            : StatementRole.Report;
        return (role, sentence.Length);
    }

    // A reviewer as the subject of a decision or of its reasons. "Expert reviewer" is the IMR reviewer writing the summary.
    [GeneratedRegex(@"(?<!\bexpert )\b(?:UR|utilization review(?:er)?|(?:prior|previous|original|initial|earlier|peer|physician) (?:review(?:er)?|determination|decision)|(?:the|a) reviewer|claims? administrator|carrier)\b(?:[^.;]{0,120}?)\b(?:den(?:ied|y|ies|ial)|non-?\s?certif\w*|not certif\w*|modif(?:ied|y|ication)|approv\w*|authoriz\w*|certif\w*|determin\w*|not medically necessary|cit(?:ed|ing|es)|referenc\w*|not(?:ed|ing)|stat(?:ed|ing)|rationale|reason\w*|fail\w* to (?:approve|certify)|partially|allowed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewerDecides();

    // A request's decision stated in the passive: "the request for an MRI was denied due to ...", "an EMG has been denied".
    [GeneratedRegex(@"\b(?:(?:is|are|was|were|has been|have been|had been) (?:previously |subsequently |partially |initially )?(?:denied|non-?\s?certified|not certified|not approved|deemed not medically necessary|found not medically necessary|not authorized)|(?:request\w*|it|this|these)\b[^.;]{0,120}?\b(?:is|are|was|were|has been|have been|had been) (?:previously |subsequently |partially )?(?:modified|approved|authorized|certified))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RequestDecided();

    // A sentence that goes on with the reasons of the decision just told: "It was noted that ...", "The rationale was ...".
    [GeneratedRegex(@"^\W*(?:(?:It|This) (?:was|is) (?:noted|stated|felt|determined|reasoned|opined)|(?:The )?(?:rationale|reason(?:ing)?|basis) (?:was|is|for)|(?:The )?(?:guidelines?|MTUS|ODG|ACOEM) (?:were|was|is|are)? ?(?:cited|referenced))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewContinues();

    // Where a new clause starts, for the reach of the account of a decision (its reasons after "as" or "because" stay in it).
    [GeneratedRegex(@"[;]|\bwhich\b|\bbut\b|\bhowever\b|\balthough\b|\bwhereas\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"\b(?:on |upon |physical |the )(?:exam(?:ination)?|evaluation)\b|\bexam(?:ination)? (?:revealed|showed|demonstrated|noted|was|of)\b|\bobjective(?:ly| findings)\b|\bon palpation\b|\bpalpation\b|\brange of motion\b|\b(?:positive|negative) (?:\w+'?s? )?(?:test|sign|maneuver)s?\b|\btenderness\b", RegexOptions.IgnoreCase)]
    private static partial Regex Examination();

    [GeneratedRegex(@"\b(?:the )?(?:treatment )?plan(?:ned| is| was| includes| included| of care)?\b|\b(?:request(?:ed|ing|s)|recommend(?:ed|ing|s)|order(?:ed|ing)|prescrib(?:ed|ing)|referr(?:ed|al)|will (?:continue|start|begin|undergo|follow)|is to (?:continue|start|undergo|follow)|would (?:like|benefit))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Plan();

    [GeneratedRegex(@"\b(?:history of|previously|prior to|in the past|status post|s/p|had undergone|underwent|in (?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex History();
}
