using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>A criterion of one service of a surgery; it does not apply to the topic's other services.</summary>
public abstract class AssociatedServiceRule : CriterionRule
{
    /// <summary>The service the criterion judges.</summary>
    private protected abstract AssociatedService Service { get; }

    /// <summary>The criterion applies to its own service only: When() leaves the topic's other services to their own criteria.</summary>
    public sealed override string? NotApplicableBecause(ItemFacts facts) =>
        AssociatedServices.Of(facts) == Service ? null : "The criterion is for another service of the surgery.";

    /// <inheritdoc/>
    public sealed override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Judge(facts);
    }

    /// <summary>Judges an item that is the criterion's service.</summary>
    protected abstract CriterionResult Judge(ItemFacts facts);

    /// <summary>The facts of the first of <paramref name="kinds"/> documented present, if any.</summary>
    protected static IReadOnlyList<Fact> PresentOf(ItemFacts facts, params FactKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return kinds.Where(k => facts.Status(k) == Polarity.Present).Select(facts.Evidence).FirstOrDefault() ?? [];
    }
}
