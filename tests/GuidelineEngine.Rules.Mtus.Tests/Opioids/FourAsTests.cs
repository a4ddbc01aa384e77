using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Opioids;

namespace GuidelineEngine.Rules.Mtus.Tests.Opioids;

public class FourAsTests : RuleFixture<FourAs>
{
    private static readonly Fact Ongoing = Taking("hydrocodone/acetaminophen", "She has been taking Norco for pain.");

    [Test]
    public void Norco_with_all_four_as_documented_is_met() =>
        Assert.That(StatusOf(
            Ongoing,
            Present(FactKind.PainScore, "Pain is 8/10 without medication and 4/10 with it."),
            Present(FactKind.ActivitiesOfDailyLiving, "She is able to walk and do household chores."),
            Present(FactKind.AdverseEffects, "She denies side effects.", Fact.NoneReported),
            Present(FactKind.AberrantBehavior, "No aberrant behaviour.", Fact.NoneReported)), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Norco_without_pain_scores_or_adls_is_not_documented_and_says_what_is_missing()
    {
        var result = Evaluate(Ongoing, Present(FactKind.AdverseEffects, "She denies side effects.", Fact.NoneReported));

        Assert.That(result.Status, Is.EqualTo(CriterionStatus.NotDocumented));
        Assert.That(result.MissingDocumentation, Does.Contain("analgesia").And.Contain("activities of daily living").And.Contain("aberrant"));
    }

    [Test]
    public void Norco_with_documented_aberrant_behaviour_is_not_met() =>
        Assert.That(StatusOf(Ongoing, Present(FactKind.AberrantBehavior, "She requested early refills.", "early refills")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_newly_started_opioid_is_judged_by_initiation_instead() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}
