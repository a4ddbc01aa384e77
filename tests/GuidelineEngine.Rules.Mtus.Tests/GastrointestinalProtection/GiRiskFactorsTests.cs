using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.GastrointestinalProtection;

namespace GuidelineEngine.Rules.Mtus.Tests.GastrointestinalProtection;

public class GiRiskFactorsTests : RuleFixture<GiRiskFactors>
{
    protected override string Request => "Omeprazole 20mg #60";

    [Test]
    public void A_history_of_ulcer_is_met() =>
        Assert.That(StatusOf(Present(FactKind.GiRiskFactor, "History of peptic ulcer.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Age_over_65_is_met() =>
        Assert.That(StatusOf(Present(FactKind.PatientAge, "A 70 year old man.", "70")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Age_65_alone_is_not_documented() =>
        Assert.That(StatusOf(Present(FactKind.PatientAge, "A 65 year old man.", "65")), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void No_gi_history_stated_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.GiRiskFactor, "There is no history of GI bleeding.")), Is.EqualTo(CriterionStatus.NotMet));
}

public class ConcurrentNsaidSupportedTests : RuleFixture<ConcurrentNsaidSupported>
{
    protected override string Request => "Pantoprazole 40mg #60";

    private static readonly Fact OnNaproxen = Taking("naproxen", "Current medications included Naproxen and Omeprazole.");

    [Test]
    public void A_ppi_with_an_nsaid_that_relieves_pain_is_met() =>
        Assert.That(StatusOf(OnNaproxen, Present(FactKind.Analgesia, "Naproxen gives pain relief.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_ppi_with_an_nsaid_that_gives_no_relief_is_not_met() =>
        Assert.That(StatusOf(OnNaproxen, Denied(FactKind.Analgesia, "Naproxen gives no pain relief.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_ppi_with_an_nsaid_of_undocumented_benefit_is_not_documented() =>
        Assert.That(StatusOf(OnNaproxen), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Without_an_nsaid_in_use_the_criterion_is_not_applicable() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}
