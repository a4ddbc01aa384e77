using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Index;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Rules.Mtus;

namespace GuidelineEngine.Evaluation.Tests;

public class IndexCoverageTests
{
    private static readonly RuleCatalog Catalog = RuleCatalog.Load(MtusRules.Assembly);

    [Test]
    public void Every_index_topic_has_rules_or_a_stated_reason_naming_it()
    {
        var undecided = IndexCoverage.Of(GuidelineIndex.Default, Catalog)
            .Where(c => c.RuleCount == 0 && (c.Reason is null || !c.Reason.Contains(c.Topic.Topic, StringComparison.Ordinal)) && c.Topic.Reason is null)
            .Select(c => c.Topic.Id);

        Assert.That(undecided, Is.Empty);
    }

    [Test]
    public void Topics_the_guideline_does_not_recommend_share_the_one_rule_shape_mtus_and_non_mtus_apart()
    {
        var coverage = IndexCoverage.Of(GuidelineIndex.Default, Catalog).Where(c => c.Topic.IsNotRecommended && c.Topic.EncodedTopic is null).ToList();

        Assert.That(coverage.Select(c => (c.Topic.Mtus, c.DecidedBy, c.RuleCount)).Distinct(),
            Is.EquivalentTo(new[] { (true, (string?)"NotRecommended", 1), (false, (string?)"NotRecommendedOutsideMtus", 1) }));
    }

    [Test]
    public void A_recommended_topic_without_rules_says_it_is_not_encoded()
    {
        var hearing = IndexCoverage.Of(GuidelineIndex.Default, Catalog).Single(c => c.Topic.Topic.StartsWith("Audiometry / hearing aids", StringComparison.Ordinal));

        Assert.That((hearing.RuleCount, hearing.Reason), Is.EqualTo((0, "Non-MTUS Official Disability Guidelines (ODG) Audiometry / hearing aids; vision testing: not encoded (recommended with criteria; its criteria are not yet written as rules)")));
    }

    [Test]
    public void An_index_row_naming_an_encoded_topic_the_rules_lack_is_an_error_naming_the_file_and_row()
    {
        var index = GuidelineIndex.Load([("odg.json", """{"topics": [{"id": "odg.yoga", "guideline": "Official Disability Guidelines (ODG)", "edition": "ODG", "chapter": "Pain", "topic": "Yoga", "status": "Optional", "family": "Therapy", "mtus": false, "encodedTopic": "Yogaa"}]}""")]);

        var error = Assert.Throws<RuleSetException>(() => IndexCoverage.Validate(index, Catalog))!;

        Assert.That(error.Problems.Single(), Does.StartWith("odg.json: row 'odg.yoga': encoded topic 'Yogaa' is not a topic policy of the rules; expected one of Acupuncture, "));
    }

    [Test]
    public void The_shipped_index_names_only_encoded_topics_the_rules_have() =>
        Assert.That(IndexCoverage.Problems(GuidelineIndex.Default, Catalog), Is.Empty);

    [Test]
    public void A_brain_mri_names_its_index_topic_and_is_decided_by_the_head_imaging_topic()
    {
        var mri = new ServiceEntry("MRI", ServiceCategory.Imaging, ["MRI"]);
        var facts = new ItemFacts { ItemNumber = 1, Mode = EvaluationMode.Prescreen, Facts = [], Request = new RequestFacts { Name = "MRI of the bilateral brain/brainstem without contrast", Service = mri, Services = [mri] } };

        var result = new GuidelineEvaluator(Catalog).Evaluate(facts);

        Assert.That((result.Topic, result.Facts.Request.IndexTopic?.Id), Is.EqualTo(("HeadImaging", "odg.mri-brain")));
    }

    [Test]
    public void An_index_topic_of_another_family_does_not_pull_an_item_into_its_encoded_topic()
    {
        var facts = new ItemFacts { ItemNumber = 1, Mode = EvaluationMode.Prescreen, Facts = [], Request = new RequestFacts { Name = "Hearing aids x2" } };

        var result = new GuidelineEvaluator(Catalog).Evaluate(facts);

        Assert.That((result.Predicted, result.NotCoveredReason), Is.EqualTo((GuidelineEngine.RuleModel.Determination.NotCovered,
            $"Non-MTUS Official Disability Guidelines (ODG) Audiometry / hearing aids; vision testing: not encoded (recommended with criteria; its criteria are not yet written as rules) (index topic {result.Facts.Request.IndexTopic!.Id})")));
    }
}
