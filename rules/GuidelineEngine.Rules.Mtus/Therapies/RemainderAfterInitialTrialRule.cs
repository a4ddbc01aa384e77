using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Therapies;

/// <summary>
/// A course is judged by its response: where UR authorized the guideline's initial trial and the
/// item is what remains of the original request, more treatment is contingent on the response to
/// that trial, which cannot be documented before the trial is done.
/// </summary>
public abstract class RemainderAfterInitialTrialRule : CriterionRule
{
    /// <summary>What the authorized part is called in explanations ("initial trial", "rental").</summary>
    protected virtual string AuthorizedPart => "an initial trial";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var remainder = HeadingFacts.Of(facts, FactKind.PartialAuthorization);
        return remainder.Count == 0
            ? NotApplicable("The item is not the remainder of a request authorized in part.")
            : NotMet($"Part of the original request was authorized as {AuthorizedPart}; treatment beyond it is contingent on the documented response to it.", remainder);
    }
}
