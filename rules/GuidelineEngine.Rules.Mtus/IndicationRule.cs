using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus;

/// <summary>
/// A criterion the guideline states as a list of indications of which any one suffices (ACOEM's
/// "Criteria for ordering imaging studies are: emergence of a red flag; physiologic evidence ...;
/// failure to progress ...; clarification of the anatomy prior to an invasive procedure"). Met by
/// the first indication met; otherwise not documented when any indication lacks documentation,
/// else not met, naming every indication looked for.
/// </summary>
public abstract class IndicationRule : CriterionRule
{
    /// <summary>The indications of the criterion, each judged on the item's facts.</summary>
    protected abstract IEnumerable<IndicationResult> Indications(ItemFacts facts);

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var judged = Indications(facts).ToList();
        if (judged.FirstOrDefault(i => i.Status == CriterionStatus.Met) is { } met)
        {
            return Met(met.Reason, met.Evidence);
        }

        var reasons = string.Join(" ", judged.Select(i => i.Reason));
        var evidence = judged.SelectMany(i => i.Evidence).Distinct().ToList();
        return judged.Any(i => i.Status == CriterionStatus.NotDocumented)
            ? NotDocumented(reasons, string.Join("; or ", judged.Where(i => i.Missing is not null).Select(i => i.Missing)), evidence)
            : NotMet(reasons, evidence);
    }

    /// <summary>An indication met on the given facts.</summary>
    protected static IndicationResult Shown(string reason, IEnumerable<Fact> evidence) => new(CriterionStatus.Met, reason, [.. evidence], null);

    /// <summary>An indication the record rules out.</summary>
    protected static IndicationResult Excluded(string reason, IEnumerable<Fact> evidence) => new(CriterionStatus.NotMet, reason, [.. evidence], null);

    /// <summary>An indication the record does not document.</summary>
    protected static IndicationResult Undocumented(string reason, string missing) => new(CriterionStatus.NotDocumented, reason, [], missing);

    /// <summary>A red flag (fracture, tumour, infection, cauda equina, myelopathy, progressive deficit).</summary>
    protected static IndicationResult RedFlag(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Status(FactKind.ImagingRedFlag) switch
        {
            Polarity.Present => Shown("A red flag is documented.", facts.Evidence(FactKind.ImagingRedFlag)),
            Polarity.Absent => Excluded("No red flag is present.", facts.Evidence(FactKind.ImagingRedFlag)),
            _ => Undocumented("No red flag is documented.", "a red flag (suspected fracture, tumour, infection, cauda equina, myelopathy or a progressive deficit)"),
        };
    }

    /// <summary>
    /// Unequivocal objective findings of specific nerve compromise that persist after conservative
    /// care, and where <paramref name="surgeryConsidered"/>, in a patient who would consider surgery.
    /// </summary>
    protected static IndicationResult NerveCompromise(ItemFacts facts, bool surgeryConsidered)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var deficit = facts.Status(FactKind.ObjectiveNeuroDeficit);
        if (deficit != Polarity.Present)
        {
            return deficit == Polarity.Absent
                ? Excluded("The neurologic examination shows no objective nerve compromise.", facts.Evidence(FactKind.ObjectiveNeuroDeficit))
                : Undocumented("No objective finding of specific nerve compromise on the neurologic examination is documented.",
                    "unequivocal objective findings of specific nerve compromise on the neurologic examination");
        }

        var failedCare = DiagnosticFacts.FailedConservativeCare(facts);
        if (failedCare is null)
        {
            return Undocumented("Objective nerve compromise is documented, but not that it persisted through conservative care.",
                "that the findings did not respond to conservative care");
        }

        if (surgeryConsidered && facts.Status(FactKind.InvasiveProcedureConsidered) != Polarity.Present)
        {
            return Undocumented("Objective nerve compromise persisted through conservative care, but surgery is not documented as an option being considered.",
                "that surgery is being considered");
        }

        return Shown("Objective nerve compromise persisted through conservative care" + (surgeryConsidered ? " and surgery is being considered." : "."),
            [.. facts.Evidence(FactKind.ObjectiveNeuroDeficit), .. failedCare, .. surgeryConsidered ? facts.Evidence(FactKind.InvasiveProcedureConsidered) : []]);
    }

    /// <summary>Failure to progress in a course of conservative care (therapy, exercise).</summary>
    protected static IndicationResult FailureToProgress(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return DiagnosticFacts.FailedConservativeCare(facts) is { } failedCare
            ? Shown("Conservative care failed to improve the symptoms.", failedCare)
            : Undocumented("Failure to progress in a course of conservative care is not documented.", "a course of conservative care that failed to improve the symptoms");
    }

    /// <summary>Clarification of the anatomy before a planned or considered invasive procedure.</summary>
    protected static IndicationResult BeforeProcedure(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Status(FactKind.InvasiveProcedureConsidered) == Polarity.Present
            ? Shown("An invasive procedure is planned or being considered, for which the anatomy needs clarifying.", facts.Evidence(FactKind.InvasiveProcedureConsidered))
            : Undocumented("No invasive procedure is planned.", "a planned invasive procedure (surgery, injection) for which the anatomy needs clarifying");
    }

    /// <summary>One indication as judged.</summary>
    /// <param name="Status">Met, not met or not documented.</param>
    /// <param name="Reason">Why, in plain language.</param>
    /// <param name="Evidence">The facts it rests on.</param>
    /// <param name="Missing">What would have to be documented; null when nothing is missing.</param>
    protected sealed record IndicationResult(CriterionStatus Status, string Reason, IReadOnlyList<Fact> Evidence, string? Missing);
}
