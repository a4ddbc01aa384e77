using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Surgery;

/// <summary>
/// The request must say which procedure is to be done: an approach and a joint alone ("arthroscopy
/// of the left knee") cannot be weighed against the indications for any procedure.
/// </summary>
[Rule<SurgeryPolicy>("MTUS.ACOEM.Surgery.ProcedureSpecified", Guideline = "MTUS ACOEM Practice Guidelines (2004), Surgical Considerations",
    Section = "Shoulder Complaints ch. 9 pp. 209-211; Knee Complaints ch. 13 pp. 344-345; Low Back Complaints ch. 12 pp. 305-307; Neck and Upper Back Complaints ch. 8 p. 180; Forearm, Wrist and Hand Complaints ch. 11 p. 270",
    Criterion = "Clear evidence of a lesion that has been shown to benefit from surgical repair: the procedure that repairs it must be named.")]
public sealed class ProcedureSpecified : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var named = SurgicalFacts.InHeading(facts, FactKind.SpecifiedProcedure);
        return named.Count > 0
            ? Met("The request names the procedure.", named)
            : NotMet("The request names the approach and the joint but not the procedure to be performed.");
    }
}
