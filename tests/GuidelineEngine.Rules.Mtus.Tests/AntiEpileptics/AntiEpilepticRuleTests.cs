using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.AntiEpileptics;

namespace GuidelineEngine.Rules.Mtus.Tests.AntiEpileptics;

public class NeuropathicPainTests : RuleFixture<NeuropathicPain>
{
    protected override string Request => "Gabapentin 600mg #90";

    [Test]
    public void Neuropathic_pain_warrants_gabapentin_first_line() =>
        Assert.That(StatusOf(Present(FactKind.NeuropathicPain, "He has numbness and tingling in both feet.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Neuropathic_findings_stated_absent_are_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.NeuropathicPain, "There is no numbness or tingling.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Axial_pain_without_a_neuropathic_component_is_not_documented() =>
        Assert.That(StatusOf(Present(FactKind.MuscleSpasm, "Spasm of the lumbar paraspinals.")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class DocumentedResponseTests : RuleFixture<DocumentedResponse>
{
    protected override string Request => "Lyrica 75mg #60";

    private static readonly Fact Ongoing = Taking("pregabalin", "He has been taking Lyrica.");

    [Test]
    public void Relief_and_function_after_initiation_are_met() =>
        Assert.That(StatusOf(Ongoing, Present(FactKind.Analgesia, "Lyrica reduces his pain by 40%."), Present(FactKind.FunctionalImprovement, "He can walk a mile.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_relief_from_the_drug_is_not_met() =>
        Assert.That(StatusOf(Ongoing, Denied(FactKind.Analgesia, "Lyrica gives no pain relief.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_said_of_the_response_is_not_documented() =>
        Assert.That(StatusOf(Ongoing), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_first_prescription_is_not_applicable() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}
