using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.SleepAids;

namespace GuidelineEngine.Rules.Mtus.Tests.SleepAids;

public class ShortTermUseTests : RuleFixture<ShortTermUse>
{
    protected override string Request => "Ambien 10mg #30";

    // ODG Pain, Insomnia treatment: zolpidem "short-term (usually two to six weeks)".
    [Test]
    public void Six_weeks_is_within_the_short_term() =>
        Assert.That(StatusAfterWeeks(6), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Seven_weeks_is_beyond_the_short_term() =>
        Assert.That(StatusAfterWeeks(7), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Continued_use_for_an_unknown_time_is_not_documented() =>
        Assert.That(StatusOf(Taking("zolpidem", "Current medications included Ambien.")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class InsomniaEvaluatedTests : RuleFixture<InsomniaEvaluated>
{
    protected override string Request => "Ambien 10mg #30";

    [Test]
    public void Documented_insomnia_is_met() =>
        Assert.That(StatusOf(Present(FactKind.Insomnia, "She reports difficulty sleeping due to pain.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Sleep_problems_denied_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.Insomnia, "He denies sleep disturbance.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_sleep_disturbance_described_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
