using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.Acupuncture;

/// <summary>A first course: 3 to 6 treatments, 1 to 3 a week, over 1 to 2 months.</summary>
[Rule<AcupuncturePolicy>("MTUS.Acupuncture.Acupuncture.InitialTrial", Guideline = "MTUS Acupuncture Medical Treatment Guidelines (2007)", Section = "8 CCR 9792.24.1", Criterion = "Time to produce functional improvement: 3 to 6 treatments; frequency: 1 to 3 times per week; optimum duration: 1 to 2 months.")]
public sealed class InitialTrial : CriterionRule
{
    /// <summary>Treatments that should produce functional improvement (9792.24.1(c)(1): 3 to 6).</summary>
    public const int TrialTreatments = 6;

    /// <summary>Most treatments a week (9792.24.1(c)(2): 1 to 3).</summary>
    public const int MaximumPerWeek = 3;

    /// <summary>Optimum duration in weeks (9792.24.1(c)(3): 1 to 2 months).</summary>
    public const int MaximumWeeks = 8;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status(FactKind.PriorAcupuncture) == Polarity.Present)
        {
            return NotApplicable("Acupuncture was already given; its functional improvement decides more.");
        }

        if (StatedVisitFinding.Of(facts, $"the 3 to {TrialTreatments} treatments of an initial trial") is { } stated)
        {
            return stated;
        }

        var request = facts.Request;
        if (request.TimesPerWeek is int perWeek && perWeek > MaximumPerWeek)
        {
            return NotMet($"{perWeek} treatments a week{request.VisitsReading} exceed the {MaximumPerWeek} the guideline allows.");
        }

        if (request.DurationWeeks is int weeks && weeks > MaximumWeeks)
        {
            return NotMet($"{weeks} weeks{request.VisitsReading} exceed the optimum duration of 1 to 2 months.");
        }

        if (request.Visits is not int visits)
        {
            return NotDocumented("The request does not state how many treatments.", "the number of treatments requested (or their frequency and duration)");
        }

        return visits <= TrialTreatments
            ? Met($"{visits} treatments{request.VisitsReading} are within the 3 to {TrialTreatments} that should produce functional improvement.")
            : NotMet($"{visits} treatments{request.VisitsReading} exceed the 3 to {TrialTreatments} of an initial trial.");
    }
}
