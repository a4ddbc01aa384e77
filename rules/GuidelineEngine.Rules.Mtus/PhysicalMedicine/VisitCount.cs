using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.PhysicalMedicine;

/// <summary>Physical medicine fades to 9-10 visits (myalgia, myositis) or 8-10 (neuralgia, neuritis, radiculitis).</summary>
[Rule<PhysicalMedicinePolicy>("MTUS.CPMTG.PhysicalMedicine.VisitCount", Pages = "98-99",
    Criterion = "Myalgia and myositis: 9-10 visits over 8 weeks; neuralgia, neuritis and radiculitis: 8-10 visits over 4 weeks; fading to a home exercise programme.")]
public sealed class VisitCount : CriterionRule
{
    /// <summary>The most visits the guideline's schedules allow (pp. 98-99).</summary>
    public const int MaximumVisits = 10;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (StatedVisitFinding.Of(facts, $"the {MaximumVisits} visits the guideline allows") is { } stated)
        {
            return stated;
        }

        if (facts.Request.Visits is not int count)
        {
            // The schedule can only be checked against a stated number of visits.
            return NotDocumented("The request does not state how many visits.", "the number of visits requested (or their frequency and duration)");
        }

        var text = count.ToString(CultureInfo.InvariantCulture) + " visits" + facts.Request.VisitsReading;
        return count <= MaximumVisits
            ? Met($"{text} are within the {MaximumVisits} the guideline allows.")
            : NotMet($"{text} exceed the {MaximumVisits} the guideline allows.");
    }
}
