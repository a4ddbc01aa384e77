using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.TopicalAnalgesics;

namespace GuidelineEngine.Rules.Mtus.Tests.TopicalAnalgesics;

public class NoUnrecommendedIngredientTests
{
    private static CriterionResult Evaluate(string request, string? form = "cream") =>
        new NoUnrecommendedIngredient().Evaluate(RuleFixture<NoUnrecommendedIngredient>.Facts(request, new RequestDetails { Form = form }, []));

    [Test]
    public void A_compound_with_cyclobenzaprine_and_gabapentin_is_not_met_naming_them()
    {
        var result = Evaluate("Flurbiprofen 10%, Cyclobenzaprine 3%, Gabapentin 6% cream");

        Assert.That(result.Status, Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(result.Reason, Does.Contain("cyclobenzaprine").And.Contain("gabapentin").And.Contain("flurbiprofen"));
    }

    [Test]
    public void Lidocaine_in_a_cream_compound_is_not_met() =>
        Assert.That(Evaluate("Terocin lotion").Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Voltaren_gel_alone_is_met() =>
        Assert.That(Evaluate("Voltaren gel 1%", "gel").Status, Is.EqualTo(CriterionStatus.Met));
}

public class CapsaicinAfterOtherTreatmentsTests : RuleFixture<CapsaicinAfterOtherTreatments>
{
    protected override string Request => "Medrox ointment 120 gm";

    [Test]
    public void Capsaicin_after_failed_treatments_is_met() =>
        Assert.That(StatusOf(Present(FactKind.FailedOtherTreatments, "She failed other treatments including NSAIDs.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Capsaicin_when_other_treatments_did_not_fail_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.FailedOtherTreatments, "Other medications have not failed.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Capsaicin_with_nothing_said_of_other_treatments_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class TopicalNsaidIndicationTests : RuleFixture<TopicalNsaidIndication>
{
    protected override string Request => "Voltaren gel 1% #100";

    [Test]
    public void Knee_osteoarthritis_is_met() =>
        Assert.That(Evaluate(new RequestDetails { BodyParts = ["knee"] }, Present(FactKind.Osteoarthritis, "Osteoarthritis of the right knee.")).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void The_lumbar_spine_is_not_met() =>
        Assert.That(Evaluate(new RequestDetails { BodyParts = ["lumbar spine"] }, Present(FactKind.Osteoarthritis, "Lumbar arthritis.")).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_osteoarthritis_documented_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class NeuropathicAfterFirstLineFailureTests : RuleFixture<NeuropathicAfterFirstLineFailure>
{
    protected override string Request => "Medrox ointment 120 gm";

    [Test]
    public void Failed_antidepressants_and_anticonvulsants_are_met() =>
        Assert.That(StatusOf(Present(FactKind.FirstLineFailure, "Gabapentin and amitriptyline failed.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void First_line_agents_that_did_not_fail_are_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.FirstLineFailure, "Gabapentin has not failed.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_said_of_first_line_agents_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
