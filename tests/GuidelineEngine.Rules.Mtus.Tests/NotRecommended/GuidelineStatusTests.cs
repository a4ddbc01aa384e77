using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Index;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.NotRecommended;
using GuidelineEngine.Rules.Mtus.NotRecommendedOutsideMtus;

namespace GuidelineEngine.Rules.Mtus.Tests.NotRecommended;

internal static class IndexedItems
{
    /// <summary>The facts of a request naming its index topic, as the evaluator gives them to the rules.</summary>
    public static ItemFacts Named(string request)
    {
        var facts = RuleFixture<Mtus.NotRecommended.GuidelineStatus>.Facts(request, new RequestDetails(), []);
        return facts with { Request = facts.Request with { IndexTopic = GuidelineIndex.Default.TopicOf(facts.Request) } };
    }
}

public class MtusGuidelineStatusTests : RuleFixture<Mtus.NotRecommended.GuidelineStatus>
{
    [Test]
    public void A_treatment_the_mtus_does_not_recommend_is_not_met_citing_the_index_row()
    {
        var result = Run(IndexedItems.Named("Cold laser therapy 2x4 lumbar spine"));

        Assert.That((result.Status, result.Reason), Is.EqualTo((CriterionStatus.NotMet,
            "MTUS Chronic Pain Medical Treatment Guidelines (2009), Low-level laser therapy (LLLT), p. 57 (page to be confirmed): not recommended. The prediction flags the request for the physician reviewer; it is not a decision.")));
    }

    [Test]
    public void A_recommended_topic_does_not_fire_and_the_checklist_says_why() =>
        Assert.That(Run(IndexedItems.Named("Acetaminophen 500mg #60")).Reason, Is.EqualTo("The request names no topic the guideline index records as not recommended."));

    [Test]
    public void The_mtus_shape_covers_mtus_topics_only()
    {
        var policy = new NotRecommendedPolicy();

        Assert.That((policy.Covers(IndexedItems.Named("Microcurrent electrical stimulation unit")), policy.Covers(IndexedItems.Named("Kinesio taping of the knee")), policy.Covers(IndexedItems.Named("Yoga classes x8"))), Is.EqualTo((true, false, false)));
    }
}

public class NonMtusGuidelineStatusTests : RuleFixture<Mtus.NotRecommendedOutsideMtus.GuidelineStatus>
{
    [Test]
    public void A_treatment_odg_holds_under_study_is_not_met_and_says_it_is_outside_the_mtus()
    {
        var result = Run(IndexedItems.Named("Kinesio taping of the knee"));

        Assert.That((result.Status, result.Reason), Is.EqualTo((CriterionStatus.NotMet,
            "Non-MTUS: Official Disability Guidelines (ODG), Knee, Shoulder, Kinesio taping: under study, so not recommended until the evidence is in. The prediction flags the request for the physician reviewer; it is not a decision.")));
    }

    [Test]
    public void The_non_mtus_shape_sits_below_every_encoded_topic() =>
        Assert.That((new NotRecommendedOutsideMtusPolicy().Covers(IndexedItems.Named("Kinesio taping of the knee")), new NotRecommendedOutsideMtusPolicy().Precedence), Is.EqualTo((true, IndexStatusPolicy.IndexPrecedence)));
}
