using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Procedures;

/// <summary>
/// The guidelines' repeat-injection test, shared by the epidural and trigger point criteria: a
/// repeat needs at least a stated percentage of relief from the prior injection lasting a stated
/// number of weeks. A first injection is not a repeat.
/// </summary>
public static class RepeatInjection
{
    /// <summary>Judges the documented relief of a prior injection against <paramref name="percent"/> and <paramref name="weeks"/>.</summary>
    public static CriterionResult Judge(ItemFacts facts, int percent, int weeks)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status(FactKind.PriorInjection) != Polarity.Present)
        {
            return NotApplicable("No earlier injection of this kind is documented: this is not a repeat.");
        }

        var prior = facts.Evidence(FactKind.PriorInjection);
        var stated = facts.Evidence(FactKind.PriorInjectionRelief).Where(f => f.Polarity == Polarity.Present)
            .Select(f => (Fact: f, Relief: InjectionRelief.Of(f))).Where(r => r.Relief is not null).ToList();
        var required = $"at least {percent.ToString(CultureInfo.InvariantCulture)}% relief for {weeks.ToString(CultureInfo.InvariantCulture)} weeks";
        if (stated.Count == 0)
        {
            return NotDocumented($"An earlier injection is documented without the relief it gave; a repeat needs {required}.",
                $"the percentage and duration of relief from the earlier injection ({required})", prior);
        }

        var best = stated.MaxBy(r => (r.Relief!.Percent, r.Relief.Weeks ?? 0));
        var relief = best.Relief!;
        if (relief.Percent < percent)
        {
            return NotMet($"The earlier injection gave {relief.Percent.ToString(CultureInfo.InvariantCulture)}% relief; a repeat needs {required}.", [best.Fact]);
        }

        if (relief.Weeks is not double lasted)
        {
            return NotDocumented($"The earlier injection gave {relief.Percent.ToString(CultureInfo.InvariantCulture)}% relief, but not how long it lasted; a repeat needs {required}.",
                "how long the relief from the earlier injection lasted", [best.Fact]);
        }

        return lasted >= weeks - 0.05
            ? Met($"The earlier injection gave {relief.Percent.ToString(CultureInfo.InvariantCulture)}% relief for about {lasted.ToString("0.#", CultureInfo.InvariantCulture)} weeks.", [best.Fact])
            : NotMet($"The earlier injection's relief lasted about {lasted.ToString("0.#", CultureInfo.InvariantCulture)} weeks; a repeat needs {required}.", [best.Fact]);
    }

    private static CriterionResult Met(string reason, IEnumerable<Fact> evidence) => new(CriterionStatus.Met, reason, [.. evidence]);

    private static CriterionResult NotMet(string reason, IEnumerable<Fact> evidence) => new(CriterionStatus.NotMet, reason, [.. evidence]);

    private static CriterionResult NotDocumented(string reason, string missing, IEnumerable<Fact> evidence) => new(CriterionStatus.NotDocumented, reason, [.. evidence], missing);

    private static CriterionResult NotApplicable(string reason) => new(CriterionStatus.NotApplicable, reason, []);
}
