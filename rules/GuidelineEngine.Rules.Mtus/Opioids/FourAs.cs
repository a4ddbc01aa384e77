using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Opioids;

/// <summary>On-going opioid use needs the 4 A's documented at each visit.</summary>
[Rule<OpioidsPolicy>("MTUS.CPMTG.Opioids.FourAs", Editions = GuidelineEditions.Cpmtg, Pages = "78-80",
    Criterion = "On-going management: document analgesia, activities of daily living, adverse side effects and aberrant drug-taking behaviours (the 4 A's).")]
public sealed class FourAs : CriterionRule
{
    private static readonly (string Name, FactKind[] Kinds)[] As =
    [
        ("analgesia (pain relief or pain scores with and without medication)", [FactKind.Analgesia, FactKind.PainScore]),
        ("activities of daily living", [FactKind.ActivitiesOfDailyLiving, FactKind.FunctionalImprovement]),
        ("adverse side effects", [FactKind.AdverseEffects]),
        ("aberrant drug-taking behaviour", [FactKind.AberrantBehavior]),
    ];

    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Request.Use == RequestUse.Continued ? null : facts?.Request.Use == RequestUse.NotStated
            ? "Whether the opioid is started or continued is not documented: the initiation criterion says what is missing."
            : "The opioid is being initiated, not continued: the initiation criteria apply.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var aberrant = facts.Evidence(FactKind.AberrantBehavior).Where(f => f.Polarity == Polarity.Present && f.Value != Fact.NoneReported).ToList();
        if (aberrant.Count > 0)
        {
            return NotMet("Aberrant drug-taking behaviour is documented.", aberrant);
        }

        var documented = As.Where(a => a.Kinds.Any(k => facts.Status(k) == Polarity.Present)).ToList();
        var missing = As.Except(documented).Select(a => a.Name).ToList();
        var evidence = As.SelectMany(a => a.Kinds).SelectMany(facts.Evidence);
        return missing.Count == 0
            ? Met("All 4 A's are documented.", evidence)
            : NotDocumented($"Not documented: {string.Join("; ", missing)}.", string.Join("; ", missing), evidence);
    }
}
