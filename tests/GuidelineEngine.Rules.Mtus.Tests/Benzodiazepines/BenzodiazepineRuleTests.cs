using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Benzodiazepines;

namespace GuidelineEngine.Rules.Mtus.Tests.Benzodiazepines;

public class ShortTermUseTests : RuleFixture<ShortTermUse>
{
    protected override string Request => "Diazepam 5mg #10";

    // CPMTG 2016 p. 24: "Most guidelines limit use to 4 weeks."
    [Test]
    public void Four_weeks_of_use_is_within_the_limit() =>
        Assert.That(StatusAfterWeeks(4), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Five_weeks_of_use_is_beyond_the_four_week_limit() =>
        Assert.That(StatusAfterWeeks(5), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Continued_use_for_an_unknown_time_is_not_documented() =>
        Assert.That(StatusOf(Taking("diazepam", "Current medications include diazepam.")), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_first_prescription_is_a_short_course() =>
        Assert.That(StatusOf(Starting("diazepam", "The physician started diazepam at this visit.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_request_that_does_not_say_new_or_continued_is_not_documented_and_names_both() =>
        Assert.That((Evaluate().Status, Evaluate().MissingDocumentation), Is.EqualTo((CriterionStatus.NotDocumented, "whether the benzodiazepine is newly prescribed, or how long it has been taken (limit 4 weeks)")));
}

public class NotForPainTests : RuleFixture<NotForPain>
{
    protected override string Request => "Diazepam (Valium) 5mg take 1 tab orally 1 hour before exam";

    [Test]
    public void Anxiety_is_a_non_pain_indication() =>
        Assert.That(StatusOf(Present(FactKind.Anxiety, "She reports claustrophobia and anxiety before the MRI.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Anxiety_denied_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.Anxiety, "He denies anxiety.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_benzodiazepine_for_spasm_or_pain_alone_is_not_documented() =>
        Assert.That(StatusOf(Present(FactKind.MuscleSpasm, "Spasm of the lumbar paraspinals.")), Is.EqualTo(CriterionStatus.NotDocumented));
}
