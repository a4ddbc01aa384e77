using System.Reflection;
using GuidelineEngine.Facts;
using NRules.Fluent.Dsl;

namespace GuidelineEngine.RuleModel;

/// <summary>
/// A guideline criterion as an NRules rule. Its <see cref="RuleAttribute"/> names the topic; the
/// rule fires for an item under review of that topic to which the criterion applies
/// (<see cref="NotApplicableBecause"/> is null), judges it with <see cref="Evaluate"/> and inserts
/// the <see cref="CriterionOutcome"/>. Subclasses hold no state and read only the facts they are
/// given, so one instance serves every session and thread.
/// </summary>
public abstract class CriterionRule : Rule
{
    /// <summary>The topic policy the rule's attribute names; null for a rule without one (the catalogue refuses it).</summary>
    public Type? Topic => GetType().GetCustomAttribute<RuleAttribute>()?.Topic;

    /// <summary>Matches an item of the rule's topic to which the criterion applies, and inserts its judgement (an item is never updated, so a criterion fires once per item).</summary>
    public override void Define()
    {
        ReviewedItem item = null!;
        var topic = Topic;
        When()
            .Match(() => item, i => i.Topic == topic, i => NotApplicableBecause(i.Facts) == null);
        Then()
            .Do(ctx => ctx.Insert(new CriterionOutcome(item, this, Evaluate(item.Facts))));
    }

    /// <summary>
    /// Why the criterion does not apply to the item (the topic, edition and kind of request it
    /// speaks to are read here), or null when it applies. A criterion that does not apply does not
    /// fire; the explanation lists it with this reason so that a reviewer keeps the checklist.
    /// </summary>
    public virtual string? NotApplicableBecause(ItemFacts facts) => null;

    /// <summary>Judges the criterion against an item's facts.</summary>
    public abstract CriterionResult Evaluate(ItemFacts facts);

    /// <summary>The criterion is met.</summary>
    protected static CriterionResult Met(string reason, params IEnumerable<Fact>[] evidence) => CriterionResult.Met(reason, evidence);

    /// <summary>The criterion is not met.</summary>
    protected static CriterionResult NotMet(string reason, params IEnumerable<Fact>[] evidence) => CriterionResult.NotMet(reason, evidence);

    /// <summary>The documentation does not show what the criterion needs.</summary>
    protected static CriterionResult NotDocumented(string reason, string missing, params IEnumerable<Fact>[] evidence) =>
        CriterionResult.NotDocumented(reason, missing, evidence);

    /// <summary>The criterion does not apply.</summary>
    protected static CriterionResult NotApplicable(string reason) => CriterionResult.NotApplicable(reason);

    /// <summary>
    /// Met when any of <paramref name="kinds"/> is documented present; not met when the text
    /// states the finding absent ("no spasm on examination"); otherwise not documented, with the
    /// negated or unclear mentions as evidence.
    /// </summary>
    protected static CriterionResult RequireDocumented(ItemFacts facts, string metReason, string missing, params FactKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var present = kinds.Where(k => facts.Status(k) == Polarity.Present).ToList();
        if (present.Count > 0)
        {
            return Met(metReason, [.. present.SelectMany(facts.Evidence)]);
        }

        var absent = kinds.Where(k => facts.Status(k) == Polarity.Absent).SelectMany(facts.Evidence).ToList();
        return absent.Count > 0 && absent.All(f => f.Absence == Absence.Finding)
            ? new CriterionResult(CriterionStatus.NotMet, $"Documented as absent: {missing}.", absent, missing)
            : NotDocumented($"Not documented: {missing}.", missing, absent);
    }
}
