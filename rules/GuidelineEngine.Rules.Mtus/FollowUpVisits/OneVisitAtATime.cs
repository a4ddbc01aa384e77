using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.FollowUpVisits;

/// <summary>
/// The need for each office visit is judged on the findings of the last, so a block of visits
/// requested at once is not met; one visit (or none stated, i.e. one) is. Read from the request,
/// so never undocumented.
/// </summary>
[Rule<FollowUpVisitsPolicy>("MTUS.CPMTG.FollowUpVisits.OneVisitAtATime", Section = "Office visits (2016); Introduction",
    Criterion = "The need for a clinical office visit is individualized based upon a review of the patient concerns, signs and symptoms, clinical stability, and reasonable physician judgment.")]
public sealed class OneVisitAtATime : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Request.Visits is int visits && visits > 1)
        {
            return NotMet($"{visits.ToString(CultureInfo.InvariantCulture)} visits{facts.Request.VisitsReading} are requested at once; the need for each visit is individualized on the findings of the last.");
        }

        var several = facts.Facts.Where(f => f.Section == SourceSection.ItemHeading && f.Kind == FactKind.MultipleUnitsRequested && f.Polarity == Polarity.Present).ToList();
        return several.Count > 0
            ? NotMet("Several visits are requested at once; the need for each visit is individualized on the findings of the last.", several)
            : Met("A single follow-up visit is requested.");
    }
}
