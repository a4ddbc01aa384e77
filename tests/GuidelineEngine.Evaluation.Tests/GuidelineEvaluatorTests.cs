using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;
using Moq;

namespace GuidelineEngine.Evaluation.Tests;

public class GuidelineEvaluatorTests
{
    private static ItemFacts Facts(DateOnly? recordDate = null) => new()
    {
        ItemNumber = 1,
        Request = new RequestFacts { Name = "Norco" },
        Mode = EvaluationMode.Prescreen,
        RecordDate = recordDate,
        Facts = [],
    };

    private static RuleDescriptor Rule(string id, CriterionStatus status, GuidelineEditions editions = GuidelineEditions.Cpmtg2009 | GuidelineEditions.Cpmtg2016)
    {
        var rule = new Mock<CriterionRule>();
        rule.Setup(r => r.Evaluate(It.IsAny<ItemFacts>())).Returns(new CriterionResult(status, id, []));
        return new RuleDescriptor(id, "Opioids", "MTUS CPMTG", editions, "78", string.Empty, "criterion", rule.Object);
    }

    private static TopicPolicy Policy(bool covers, string name = "Opioids", int precedence = 0)
    {
        var policy = new Mock<TopicPolicy> { CallBase = true };
        policy.SetupGet(p => p.Name).Returns(name);
        policy.SetupGet(p => p.Precedence).Returns(precedence);
        policy.Setup(p => p.Covers(It.IsAny<ItemFacts>())).Returns(covers);
        return policy.Object;
    }

    [Test]
    public void An_item_no_policy_covers_is_not_covered_and_runs_no_rule()
    {
        var rule = Rule("MTUS.T.Opioids.A", CriterionStatus.Met);
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances([rule], [Policy(covers: false)]));

        var result = evaluator.Evaluate(Facts());

        Assert.That(result.Predicted, Is.EqualTo(Determination.NotCovered));
        Assert.That(result.Topic, Is.Null);
        Mock.Get(rule.Rule).Verify(r => r.Evaluate(It.IsAny<ItemFacts>()), Times.Never);
    }

    [Test]
    public void All_criteria_met_or_not_applicable_predicts_overturned()
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [Rule("MTUS.T.Opioids.A", CriterionStatus.Met), Rule("MTUS.T.Opioids.B", CriterionStatus.NotApplicable)], [Policy(covers: true)]));

        Assert.That(evaluator.Evaluate(Facts()).Predicted, Is.EqualTo(Determination.Overturned));
    }

    [TestCase(CriterionStatus.NotMet)]
    [TestCase(CriterionStatus.NotDocumented)]
    public void One_criterion_not_met_or_not_documented_predicts_upheld(CriterionStatus failing)
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [Rule("MTUS.T.Opioids.A", CriterionStatus.Met), Rule("MTUS.T.Opioids.B", failing)], [Policy(covers: true)]));

        var result = evaluator.Evaluate(Facts());

        Assert.That(result.Predicted, Is.EqualTo(Determination.Upheld));
        Assert.That(result.Criteria.Select(c => c.Rule.Id), Is.EqualTo(new[] { "MTUS.T.Opioids.A", "MTUS.T.Opioids.B" }));
    }

    [Test]
    public void A_request_before_july_2016_runs_only_the_2009_edition_rules()
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [Rule("MTUS.T.Opioids.Old", CriterionStatus.Met, GuidelineEditions.Cpmtg2009), Rule("MTUS.T.Opioids.New", CriterionStatus.NotMet, GuidelineEditions.Cpmtg2016)],
            [Policy(covers: true)]));

        var before = evaluator.Evaluate(Facts(new DateOnly(2014, 9, 10)));
        var after = evaluator.Evaluate(Facts(new DateOnly(2016, 12, 1)));

        Assert.That((before.Edition, before.Criteria.Single().Rule.Id, before.Predicted), Is.EqualTo((GuidelineEditions.Cpmtg2009, "MTUS.T.Opioids.Old", Determination.Overturned)));
        Assert.That((after.Edition, after.Criteria.Single().Rule.Id, after.Predicted), Is.EqualTo((GuidelineEditions.Cpmtg2016 | GuidelineEditions.Otg2016, "MTUS.T.Opioids.New", Determination.Upheld)));
    }

    // 8 CCR 9792.24.2 (CPMTG 2016) and 9792.24.4 (Opioid Treatment Guideline 2016): from 28 July 2016;
    // the ACOEM-based Chronic Pain and Opioids guidelines: services from 1 December 2017.
    [TestCase("2016-07-27", GuidelineEditions.Cpmtg2009)]
    [TestCase("2016-07-28", GuidelineEditions.Cpmtg2016 | GuidelineEditions.Otg2016)]
    [TestCase("2017-11-30", GuidelineEditions.Cpmtg2016 | GuidelineEditions.Otg2016)]
    [TestCase("2017-12-01", GuidelineEditions.ChronicPain2017 | GuidelineEditions.Opioids2017)]
    [TestCase(null, GuidelineEditions.Cpmtg2016 | GuidelineEditions.Otg2016)]
    public void The_editions_in_force_are_chosen_by_the_request_date(string? date, GuidelineEditions expected) =>
        Assert.That(GuidelineEditionSelector.For(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));

    [TestCase("2016-07-27", "MTUS.T.Opioids.Cpmtg", "2009")]
    [TestCase("2016-07-28", "MTUS.T.Opioids.Otg", "2016")]
    [TestCase("2017-11-30", "MTUS.T.Opioids.Otg", "2016")]
    [TestCase("2017-12-01", "MTUS.T.Opioids.Acoem", "2017")]
    public void Where_a_criterion_differs_between_editions_each_edition_runs_its_own_rule(string date, string expectedRule, string expectedEdition)
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [Rule("MTUS.T.Opioids.Cpmtg", CriterionStatus.Met, GuidelineEditions.Cpmtg2009),
             Rule("MTUS.T.Opioids.Otg", CriterionStatus.NotMet, GuidelineEditions.Otg2016),
             Rule("MTUS.T.Opioids.Acoem", CriterionStatus.Met, GuidelineEditions.Opioids2017)],
            [Policy(covers: true)]));

        var result = evaluator.Evaluate(Facts(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.That((result.Criteria.Single().Rule.Id, GuidelineEditionSelector.Name(result.Edition)), Is.EqualTo((expectedRule, expectedEdition)));
    }

    [TestCase("2016-07-27")]
    [TestCase("2016-07-28")]
    [TestCase("2017-11-30")]
    [TestCase("2017-12-01")]
    public void A_rule_of_every_edition_serves_on_both_sides_of_each_change(string date)
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [Rule("MTUS.T.Opioids.Unchanged", CriterionStatus.Met, GuidelineEditions.Every),
             Rule("MTUS.T.Opioids.CpmtgOnly", CriterionStatus.NotMet, GuidelineEditions.Cpmtg)],
            [Policy(covers: true)]));

        var result = evaluator.Evaluate(Facts(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.That(result.Criteria.Select(c => c.Rule.Id), Does.Contain("MTUS.T.Opioids.Unchanged"));
        Assert.That(result.Criteria.Any(c => c.Rule.Id == "MTUS.T.Opioids.CpmtgOnly"), Is.EqualTo(date != "2017-12-01"), "CPMTG criteria end when the ACOEM-based guideline replaces it");
    }

    [Test]
    public void A_rule_states_every_edition_unless_it_names_its_own() =>
        Assert.That(new RuleAttribute<TopicPolicy>("MTUS.T.Opioids.A").Editions, Is.EqualTo(GuidelineEditions.Every));

    [Test]
    public void Where_two_topics_cover_an_item_the_higher_precedence_decides_it()
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [Rule("MTUS.T.Opioids.A", CriterionStatus.Met), Rule("MTUS.T.Surgery.B", CriterionStatus.NotMet) with { Topic = "Surgery" }],
            [Policy(covers: true), Policy(covers: true, name: "Surgery", precedence: 1)]));

        var result = evaluator.Evaluate(Facts());

        Assert.That((result.Topic, result.Predicted), Is.EqualTo(("Surgery", Determination.Upheld)));
        Assert.That(evaluator.CoveringTopics(Facts()).Select(t => t.Name), Is.EqualTo(new[] { "Surgery", "Opioids" }));
    }

    [Test]
    public void An_uncovered_item_says_what_it_was_recognised_as()
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances([Rule("MTUS.T.Opioids.A", CriterionStatus.Met)], [Policy(covers: false)]));
        var mri = Facts() with { Request = new RequestFacts { Name = "MRI of the knee", Service = new ServiceEntry("MRI", ServiceCategory.Imaging, ["MRI"]), BodyParts = [new BodyPart("knee", BodyRegion.Knee)] } };

        Assert.That(evaluator.Evaluate(mri).NotCoveredReason, Is.EqualTo("no encoded topic covers imaging requests of the knee"));
        Assert.That(evaluator.Evaluate(Facts()).NotCoveredReason, Is.EqualTo("the request names no drug or service the vocabulary knows; words not recognised: norco"));
    }

    [Test]
    public void A_covered_item_has_no_not_covered_reason_and_rests_on_the_mtus_when_its_rules_do()
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances([Rule("MTUS.T.Opioids.A", CriterionStatus.Met)], [Policy(covers: true)]));

        var result = evaluator.Evaluate(Facts());

        Assert.That((result.NotCoveredReason, result.Source), Is.EqualTo(((string?)null, (GuidelineSource?)GuidelineSource.Mtus)));
    }

    [Test]
    public void A_prediction_that_applies_a_non_mtus_criterion_rests_on_a_non_mtus_guideline()
    {
        var applied = new GuidelineEvaluator(RuleCatalog.FromInstances([Rule("MTUS.T.Opioids.A", CriterionStatus.Met), Rule("NonMTUS.ODG.Opioids.B", CriterionStatus.NotMet)], [Policy(covers: true)]));
        var notApplied = new GuidelineEvaluator(RuleCatalog.FromInstances([Rule("MTUS.T.Opioids.A", CriterionStatus.Met), Rule("NonMTUS.ODG.Opioids.B", CriterionStatus.NotApplicable)], [Policy(covers: true)]));

        Assert.That(applied.Evaluate(Facts()).Source, Is.EqualTo(GuidelineSource.NonMtus));
        Assert.That(notApplied.Evaluate(Facts()).Source, Is.EqualTo(GuidelineSource.Mtus));
    }

    [TestCase(CriterionStatus.NotMet, Determination.Upheld)]
    [TestCase(CriterionStatus.Met, Determination.Overturned)]
    public void A_request_criterion_reads_the_prediction_of_the_primary_item_evaluated_first(CriterionStatus surgeryStatus, Determination serviceExpected)
    {
        var surgery = Facts() with { ItemNumber = 2, Request = new RequestFacts { Name = "Knee arthroscopy" } };
        var sling = Facts() with { ItemNumber = 1, Request = new RequestFacts { Name = "Sling" } };
        var surgeryPolicy = Policy(covers: false, name: "Surgery");
        Mock.Get(surgeryPolicy).Setup(p => p.Covers(It.Is<ItemFacts>(f => f.ItemNumber == 2))).Returns(true);
        Mock.Get(surgeryPolicy).SetupGet(p => p.IsPrimary).Returns(true);
        var servicePolicy = Policy(covers: false, name: "Services");
        Mock.Get(servicePolicy).Setup(p => p.Covers(It.Is<ItemFacts>(f => f.ItemNumber == 1))).Returns(true);
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [Rule("MTUS.T.Surgery.A", surgeryStatus) with { Topic = "Surgery" },
             new RuleDescriptor("MTUS.T.Services.FollowsSurgery", "Services", "MTUS", GuidelineEditions.Cpmtg2016 | GuidelineEditions.Cpmtg2009, "1", string.Empty, "criterion", new FollowsSupportedPrimary())],
            [surgeryPolicy, servicePolicy]));

        var results = evaluator.EvaluateRequest([sling, surgery]);

        Assert.That(results.Select(r => r.Facts.ItemNumber), Is.EqualTo(new[] { 1, 2 }), "results come in item order");
        Assert.That(results[1].Predicted, Is.EqualTo(surgeryStatus == CriterionStatus.Met ? Determination.Overturned : Determination.Upheld));
        Assert.That(results[0].Predicted, Is.EqualTo(serviceExpected));
        Assert.That(results[0].Criteria.Single().Result.Reason, Does.Contain("Knee arthroscopy"));
    }

    [Test]
    public void A_request_criterion_alone_sees_no_primary_item() =>
        Assert.That(new FollowsSupportedPrimary().Evaluate(Facts()).Status, Is.EqualTo(CriterionStatus.NotApplicable));

    private sealed class FollowsSupportedPrimary : RequestCriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts, RequestContext request) => request.Primaries.FirstOrDefault() switch
        {
            null => new(CriterionStatus.NotApplicable, "no surgery in the request", []),
            { Predicted: Determination.Upheld } primary => new(CriterionStatus.NotMet, $"{primary.Name} is not supported", []),
            var primary => new(CriterionStatus.Met, $"{primary.Name} is supported", []),
        };
    }
}
