using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.PostOperativeOpioids;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.Tests.PostOperativeOpioids;

public class SupportedSurgeryTests : RuleFixture<SupportedSurgery>
{
    private static CriterionStatus After(params Determination[] surgeries) =>
        Run(Facts("Post-op Percocet 5/325mg #30", new RequestDetails(), []),
            [.. surgeries.Select((s, i) => Predicted<SurgeryPolicy>(i + 2, "Right shoulder arthroscopy", s))]).Status;

    protected override string Request => "Post-op Percocet 5/325mg #30";

    [Test]
    public void Opioids_after_a_supported_surgery_are_met() =>
        Assert.That(After(Determination.Overturned), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Opioids_after_an_unsupported_surgery_are_not_met() =>
        Assert.That(After(Determination.Upheld), Is.EqualTo(CriterionStatus.NotMet));

    // The one definition of "the surgery is supported": one surgery predicted Upheld is enough.
    [Test]
    public void Opioids_after_two_surgeries_one_unsupported_are_not_met() =>
        Assert.That(After(Determination.Overturned, Determination.Upheld), Is.EqualTo(CriterionStatus.NotMet));

    // Whether the surgery is supported is read from the request, never from the records: a request without
    // the surgery cannot leave it undocumented, only not applicable.
    [Test]
    public void A_request_without_the_surgery_is_not_applicable() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}

public class LimitedDurationTests : RuleFixture<LimitedDuration>
{
    protected override string Request => "Post-op Percocet 5/325mg";

    [Test]
    public void A_stated_quantity_without_refills_is_met() =>
        Assert.That(Evaluate(new RequestDetails { Quantity = 30 }).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Refills_are_beyond_a_limited_duration() =>
        Assert.That(Evaluate(new RequestDetails { Quantity = 30, Refills = 2 }).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_quantity_is_not_documented() =>
        Assert.That(Evaluate(new RequestDetails()).Status, Is.EqualTo(CriterionStatus.NotDocumented));
}
