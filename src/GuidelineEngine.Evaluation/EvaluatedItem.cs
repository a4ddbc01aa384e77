using GuidelineEngine.Evaluation.Consistency;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation;

/// <summary>An item's prediction beside its recorded outcome, when it has one.</summary>
/// <param name="Item">The request as decided.</param>
/// <param name="Recorded">The recorded IMR outcome; null for a pre-screened request, which has none.</param>
/// <param name="Evaluation">The prediction and its explanation.</param>
/// <param name="Consistency">In audit mode, how the recorded outcome stands to the stated findings, the record and the guideline cited; null otherwise.</param>
/// <param name="CitedGuideline">The guideline the MAXIMUS paragraph cites first (an MTUS one before others), when it cites one.</param>
public sealed record EvaluatedItem(string Item, Outcome? Recorded, ItemEvaluation Evaluation, ItemConsistency? Consistency = null, string? CitedGuideline = null)
{
    /// <summary>Whether prediction and record agree; null when not covered or nothing is recorded.</summary>
    public bool? Agrees => Evaluation.Predicted == Determination.NotCovered || Recorded is not Outcome recorded
        ? null
        : (Evaluation.Predicted == Determination.Upheld) == (recorded == Outcome.Upheld);
}
