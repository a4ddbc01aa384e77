using GuidelineEngine.Facts;

namespace GuidelineEngine.RuleModel;

/// <summary>
/// A guideline criterion as code. Subclasses carry a <see cref="RuleAttribute"/>, hold no state
/// and read only the facts they are given, so one instance serves every thread.
/// </summary>
public abstract class CriterionRule
{
    /// <summary>Evaluates the criterion against an item's facts.</summary>
    public abstract CriterionResult Evaluate(ItemFacts facts);

    /// <summary>The criterion is met.</summary>
    protected static CriterionResult Met(string reason, params IEnumerable<Fact>[] evidence) =>
        new(CriterionStatus.Met, reason, [.. evidence.SelectMany(e => e)]);

    /// <summary>The criterion is not met.</summary>
    protected static CriterionResult NotMet(string reason, params IEnumerable<Fact>[] evidence) =>
        new(CriterionStatus.NotMet, reason, [.. evidence.SelectMany(e => e)]);

    /// <summary>The documentation does not show what the criterion needs.</summary>
    protected static CriterionResult NotDocumented(string reason, string missing, params IEnumerable<Fact>[] evidence) =>
        new(CriterionStatus.NotDocumented, reason, [.. evidence.SelectMany(e => e)], missing);

    /// <summary>The criterion does not apply.</summary>
    protected static CriterionResult NotApplicable(string reason) =>
        new(CriterionStatus.NotApplicable, reason, []);

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
