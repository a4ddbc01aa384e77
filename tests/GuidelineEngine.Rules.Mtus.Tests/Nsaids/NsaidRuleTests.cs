using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Nsaids;

namespace GuidelineEngine.Rules.Mtus.Tests.Nsaids;

public class ContinuedBenefitTests : RuleFixture<ContinuedBenefit>
{
    protected override string Request => "Naproxen 550mg #60";

    private static readonly Fact Ongoing = Taking("naproxen", "She has been taking naproxen.");

    [Test]
    public void Pain_relief_from_naproxen_is_met() =>
        Assert.That(StatusOf(Ongoing, Present(FactKind.Analgesia, "Naproxen gives pain relief.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_relief_stated_is_not_met() =>
        Assert.That(StatusOf(Ongoing, Denied(FactKind.Analgesia, "Naproxen gives no pain relief.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_said_of_benefit_is_not_documented() =>
        Assert.That(StatusOf(Ongoing), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_new_prescription_is_not_applicable() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}

public class LabMonitoringTests : RuleFixture<LabMonitoring>
{
    protected override string Request => "Anaprox 550mg";

    private static readonly Fact Ongoing = Taking("naproxen", "She has been taking Anaprox.");

    [Test]
    public void Periodic_labs_are_met() =>
        Assert.That(StatusOf(Ongoing, Present(FactKind.LabMonitoring, "A CBC and liver function tests were normal.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Labs_never_done_is_not_met() =>
        Assert.That(StatusOf(Ongoing, Denied(FactKind.LabMonitoring, "She has not had blood tests.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_documentation_of_monitoring_is_not_documented() =>
        Assert.That(StatusOf(Ongoing, Undocumented(FactKind.LabMonitoring, "There is no documentation that monitoring recommendations were performed.")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class IndicationTests : RuleFixture<Indication>
{
    protected override string Request => "Etodolac 400mg #60";

    [Test]
    public void Osteoarthritis_warrants_a_new_nsaid() =>
        Assert.That(StatusOf(Present(FactKind.Osteoarthritis, "X-rays show osteoarthritis of the knee.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void An_exacerbation_after_acetaminophen_warrants_a_second_line_nsaid() =>
        Assert.That(StatusOf(Present(FactKind.AcuteExacerbation, "She had an acute exacerbation of low back pain."), Present(FactKind.AcetaminophenTrial, "Medications included acetaminophen.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void An_exacerbation_without_acetaminophen_first_is_not_documented() =>
        Assert.That(StatusOf(Present(FactKind.AcuteExacerbation, "She had an acute exacerbation of low back pain.")), Is.EqualTo(CriterionStatus.NotDocumented));

    // The CPMTG names several indications, any of which suffices, so one stated absent (no osteoarthritis)
    // leaves the others open: the criterion is never not met, only not documented.
    [Test]
    public void No_indication_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_continued_nsaid_is_judged_by_its_benefit_instead() =>
        Assert.That(StatusOf(Taking("etodolac", "She has been taking etodolac.")), Is.EqualTo(CriterionStatus.NotApplicable));
}
