using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>
/// A pre-operative medical clearance is a referral for additional expertise: reviewers support it
/// for a patient aged 50 or over or with a medical comorbidity.
/// </summary>
[Rule<AssociatedSurgicalServicesPolicy>("MTUS.ACOEM.AssociatedSurgicalServices.PreoperativeClearance",
    Guideline = "MTUS ACOEM General Approaches (2004)", Section = "ch. 7, Independent Medical Examinations and Consultations, p. 127",
    Criterion = "Referral when the plan or course of care may benefit from additional expertise (reviewers: a patient over 50 years of age or with medical comorbidities).")]
public sealed class PreoperativeClearance : AssociatedServiceRule
{
    /// <summary>The age from which reviewers support a clearance, as quoted in IMR rationales citing ACOEM ch. 7 p. 127.</summary>
    public const int AgeForClearance = 50;

    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.Clearance;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts)
    {
        var comorbidity = PresentOf(facts, FactKind.CardiacRiskFactor, FactKind.ChronicDisease, FactKind.AnemiaRisk, FactKind.BleedingRisk);
        if (comorbidity.Count > 0)
        {
            return Met("A medical comorbidity calls for a pre-operative medical assessment.", comorbidity);
        }

        if (facts.PatientAge is not int age)
        {
            return NotDocumented("Neither the patient's age nor a comorbidity is documented.", "the patient's age or medical comorbidities");
        }

        var text = age.ToString(CultureInfo.InvariantCulture);
        return age >= AgeForClearance
            ? Met($"At {text} the patient is {AgeForClearance} or older.")
            : NotMet($"At {text}, with no documented comorbidity, the patient is under {AgeForClearance}.");
    }
}
