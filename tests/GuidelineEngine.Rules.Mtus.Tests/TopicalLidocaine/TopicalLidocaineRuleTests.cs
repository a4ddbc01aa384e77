using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.TopicalLidocaine;

namespace GuidelineEngine.Rules.Mtus.Tests.TopicalLidocaine;

public class PatchFormOnlyTests
{
    private static CriterionStatus StatusOf(string request, string? form) =>
        new PatchFormOnly().Evaluate(RuleFixture<PatchFormOnly>.Facts(request, new RequestDetails { Form = form }, [])).Status;

    [Test]
    public void The_lidoderm_patch_is_met() => Assert.That(StatusOf("Lidoderm 5% patch #30", "patch"), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Lidoderm_implies_the_patch_when_the_form_is_not_written() => Assert.That(StatusOf("Lidoderm #30", null), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Lidocaine_ointment_is_not_met() => Assert.That(StatusOf("Lidocaine ointment 5% #1", "ointment"), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Lidocaine_of_no_stated_form_is_not_documented() => Assert.That(StatusOf("Lidocaine 5%", null), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class NeuropathicPainTests : RuleFixture<NeuropathicPain>
{
    protected override string Request => "Lidoderm 5% patch #30";

    [Test]
    public void Radiculopathy_is_met() => Assert.That(StatusOf(Present(FactKind.Radiculopathy, "Diagnosis: lumbar radiculopathy.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_neuropathic_pain_stated_is_not_met() => Assert.That(StatusOf(Denied(FactKind.NeuropathicPain, "There is no neuropathic pain.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_documentation_of_neuropathic_pain_is_not_documented() =>
        Assert.That(StatusOf(Undocumented(FactKind.NeuropathicPain, "There is no documentation that the patient was suffering from neuropathic pain.")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class FirstLineTrialTests : RuleFixture<FirstLineTrial>
{
    protected override string Request => "Lidoderm 5% patch #30";

    [Test]
    public void A_gabapentin_trial_is_met() => Assert.That(StatusOf(Present(FactKind.FirstLineTrial, "She was prescribed Neurontin.", "gabapentin")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_first_line_trial_stated_is_not_met() => Assert.That(StatusOf(Denied(FactKind.FirstLineTrial, "She has not tried antidepressants.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_trial_mentioned_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
