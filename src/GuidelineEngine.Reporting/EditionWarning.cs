using GuidelineEngine.Evaluation;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting;

/// <summary>
/// What a reviewer must be told plainly about the edition an item was judged under: that no
/// request date was given (so the edition was assumed or taken from the note), or that the date
/// falls under guidelines with no encoded criteria for the item, so no prediction is made, or that
/// the prediction applies earlier guidelines' criteria to a request the ACOEM-based MTUS (from
/// 1 December 2017) governs.
/// </summary>
public static class EditionWarning
{
    /// <summary>The warning for <paramref name="evaluation"/>, or null when its edition needs none.</summary>
    public static string? Of(ItemEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var date = evaluation.Facts.RecordDate;
        if (evaluation.Predicted == Determination.NotCovered && evaluation.Topic is not null && date >= GuidelineEditionSelector.Acoem2017EffectiveDate)
        {
            return $"Requests from {Iso(GuidelineEditionSelector.Acoem2017EffectiveDate)} fall under the ACOEM-based MTUS guidelines, which have no encoded criteria for {evaluation.Topic}: no prediction is made. Review this item against the guideline in force on {Iso(date.Value)}.";
        }

        if (evaluation.Predicted != Determination.NotCovered && date >= GuidelineEditionSelector.Acoem2017EffectiveDate)
        {
            var guidelines = evaluation.Criteria.Where(c => c.Result.Status != CriterionStatus.NotApplicable).Select(c => c.Rule.Guideline).Distinct().ToList();
            var applied = guidelines.Count > 0 ? $"the criteria of {string.Join(" and ", guidelines)}" : "the criteria encoded from the earlier guidelines";
            return $"Requests from {Iso(GuidelineEditionSelector.Acoem2017EffectiveDate)} fall under the ACOEM-based MTUS guidelines, whose own criteria for {evaluation.Topic} are not encoded: this prediction applies {applied}. Review this item against the guideline in force on {Iso(date.Value)}.";
        }

        if (date is null)
        {
            return $"No request date, and no date in the note: the {evaluation.EditionName} editions were assumed. Give the request date: the edition in force on it decides which criteria apply.";
        }

        return evaluation.Facts.RequestDate is null
            ? $"No request date: the edition was chosen by the latest date in the note ({Iso(date.Value)}). Give the request date to be sure the right edition applies."
            : null;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
