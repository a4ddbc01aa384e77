using System.Reflection;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

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

    // Criteria and topics as the rules assembly declares them: a rule names its topic's type, and
    // the network matches an item under review by that type. Each test gives the status a rule returns.
    private static RuleDescriptor Rule(string id, CriterionStatus status, GuidelineEditions editions = GuidelineEditions.Cpmtg2009 | GuidelineEditions.Cpmtg2016, int slot = 0) =>
        new(id, "Opioids", "MTUS CPMTG", editions, "78", string.Empty, "criterion", slot switch
        {
            0 => new FirstCriterion(status),
            1 => new SecondCriterion(status),
            _ => new ThirdCriterion(status),
        });

    private static TopicPolicy Policy(bool covers) => new OpioidsTopic(_ => covers);

    [Test]
    public void An_item_no_policy_covers_is_not_covered_and_runs_no_rule()
    {
        var rule = Rule("MTUS.T.Opioids.A", CriterionStatus.Met);
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances([rule], [Policy(covers: false)]));

        var result = evaluator.Evaluate(Facts());

        Assert.That(result.Predicted, Is.EqualTo(Determination.NotCovered));
        Assert.That(result.Topic, Is.Null);
        Assert.That(((CountingCriterion)rule.Rule).Calls, Is.Zero);
    }

    [Test]
    public void All_criteria_met_or_not_applicable_predicts_overturned()
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [Rule("MTUS.T.Opioids.A", CriterionStatus.Met), Rule("MTUS.T.Opioids.B", CriterionStatus.NotApplicable, slot: 1)], [Policy(covers: true)]));

        Assert.That(evaluator.Evaluate(Facts()).Predicted, Is.EqualTo(Determination.Overturned));
    }

    [TestCase(CriterionStatus.NotMet)]
    [TestCase(CriterionStatus.NotDocumented)]
    public void One_criterion_not_met_or_not_documented_predicts_upheld(CriterionStatus failing)
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [Rule("MTUS.T.Opioids.A", CriterionStatus.Met), Rule("MTUS.T.Opioids.B", failing, slot: 1)], [Policy(covers: true)]));

        var result = evaluator.Evaluate(Facts());

        Assert.That(result.Predicted, Is.EqualTo(Determination.Upheld));
        Assert.That(result.Criteria.Select(c => c.Rule.Id), Is.EqualTo(new[] { "MTUS.T.Opioids.A", "MTUS.T.Opioids.B" }));
    }

    [Test]
    public void A_request_before_july_2016_runs_only_the_2009_edition_rules()
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [Rule("MTUS.T.Opioids.Old", CriterionStatus.Met, GuidelineEditions.Cpmtg2009), Rule("MTUS.T.Opioids.New", CriterionStatus.NotMet, GuidelineEditions.Cpmtg2016, slot: 1)],
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
             Rule("MTUS.T.Opioids.Otg", CriterionStatus.NotMet, GuidelineEditions.Otg2016, slot: 1),
             Rule("MTUS.T.Opioids.Acoem", CriterionStatus.Met, GuidelineEditions.Opioids2017, slot: 2)],
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
             Rule("MTUS.T.Opioids.CpmtgOnly", CriterionStatus.NotMet, GuidelineEditions.Cpmtg, slot: 1)],
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
            [Rule("MTUS.T.Opioids.A", CriterionStatus.Met), new RuleDescriptor("MTUS.T.Surgery.B", "Surgery", "MTUS", GuidelineEditions.Every, "1", string.Empty, "criterion", new SurgeryCriterion(CriterionStatus.NotMet))],
            [Policy(covers: true), new SurgeryTopic(_ => true)]));

        var result = evaluator.Evaluate(Facts());

        Assert.That((result.Topic, result.Predicted), Is.EqualTo(("Surgery", Determination.Upheld)));
        Assert.That(evaluator.CoveringTopics(Facts()).Select(t => t.Name), Is.EqualTo(new[] { "Surgery", "Opioids" }));
    }

    [Test]
    public void An_uncovered_item_says_what_it_was_recognised_as()
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances([Rule("MTUS.T.Opioids.A", CriterionStatus.Met)], [Policy(covers: false)]));
        var mri = Facts() with { Request = new RequestFacts { Name = "MRI of the knee", Service = new ServiceEntry("MRI", ServiceCategory.Imaging, ["MRI"]), BodyParts = [new BodyPart("knee", BodyRegion.Knee)] } };

        Assert.That(evaluator.Evaluate(mri).NotCoveredReason, Does.EndWith("is decided by the topic KneeImaging, which does not cover this request: no encoded topic covers imaging requests of the knee"));
        Assert.That(evaluator.Evaluate(Facts()).NotCoveredReason, Does.EndWith("is decided by the topic Opioids, which does not cover this request: the request names no drug or service the vocabulary knows; by its words it is a drug request; words not recognised: norco"));
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
        var applied = new GuidelineEvaluator(RuleCatalog.FromInstances([Rule("MTUS.T.Opioids.A", CriterionStatus.Met), Rule("NonMTUS.ODG.Opioids.B", CriterionStatus.NotMet, slot: 1)], [Policy(covers: true)]));
        var notApplied = new GuidelineEvaluator(RuleCatalog.FromInstances([Rule("MTUS.T.Opioids.A", CriterionStatus.Met), Rule("NonMTUS.ODG.Opioids.B", CriterionStatus.NotApplicable, slot: 1)], [Policy(covers: true)]));

        Assert.That(applied.Evaluate(Facts()).Source, Is.EqualTo(GuidelineSource.NonMtus));
        Assert.That(notApplied.Evaluate(Facts()).Source, Is.EqualTo(GuidelineSource.Mtus));
    }

    [TestCase(CriterionStatus.NotMet, Determination.Upheld)]
    [TestCase(CriterionStatus.Met, Determination.Overturned)]
    public void A_following_criterion_matches_the_determination_of_the_item_it_follows(CriterionStatus surgeryStatus, Determination serviceExpected)
    {
        var surgery = Facts() with { ItemNumber = 2, Request = new RequestFacts { Name = "Knee arthroscopy" } };
        var sling = Facts() with { ItemNumber = 1, Request = new RequestFacts { Name = "Sling" } };
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [new RuleDescriptor("MTUS.T.Surgery.A", "Surgery", "MTUS", GuidelineEditions.Every, "1", string.Empty, "criterion", new SurgeryCriterion(surgeryStatus)),
             new RuleDescriptor("MTUS.T.Services.FollowsSurgery", "Services", "MTUS", GuidelineEditions.Every, "1", string.Empty, "criterion", new FollowsSupportedSurgery())],
            [new SurgeryTopic(f => f.ItemNumber == 2), new ServicesTopic(f => f.ItemNumber == 1)]));

        var results = evaluator.EvaluateRequest([sling, surgery]);

        Assert.That(results.Select(r => r.Facts.ItemNumber), Is.EqualTo(new[] { 1, 2 }), "results come in item order");
        Assert.That(results[1].Predicted, Is.EqualTo(surgeryStatus == CriterionStatus.Met ? Determination.Overturned : Determination.Upheld));
        Assert.That(results[0].Predicted, Is.EqualTo(serviceExpected));
        Assert.That(results[0].Criteria.Single().Result.Reason, Does.Contain("Knee arthroscopy"));
    }

    [Test]
    public void A_following_criterion_alone_sees_no_item_to_follow() =>
        Assert.That(new FollowsSupportedSurgery().Evaluate(Facts()).Status, Is.EqualTo(CriterionStatus.NotApplicable));

    [Test]
    public void A_criterion_that_does_not_apply_does_not_fire_and_the_explanation_says_why()
    {
        var initiation = new InitiationOnly();
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances(
            [Rule("MTUS.T.Opioids.A", CriterionStatus.Met), new RuleDescriptor("MTUS.T.Opioids.Initiation", "Opioids", "MTUS", GuidelineEditions.Every, "1", string.Empty, "criterion", initiation)],
            [Policy(covers: true)]));

        var result = evaluator.Evaluate(Facts() with { Request = new RequestFacts { Name = "Norco", Use = RequestUse.Continued } });

        Assert.That(initiation.Calls, Is.Zero, "it did not fire");
        Assert.That(result.Criteria.Select(c => (c.Rule.Id, c.Result.Status, c.Result.Reason)), Is.EqualTo(new[]
        {
            ("MTUS.T.Opioids.A", CriterionStatus.Met, "MTUS.T.Opioids.A"),
            ("MTUS.T.Opioids.Initiation", CriterionStatus.NotApplicable, "The drug is continued."),
        }));
    }

    [Test]
    public void A_batch_of_one_edition_builds_one_rule_network()
    {
        var evaluator = new GuidelineEvaluator(RuleCatalog.FromInstances([Rule("MTUS.T.Opioids.A", CriterionStatus.Met)], [Policy(covers: true)]));

        evaluator.Evaluate(Facts(new DateOnly(2016, 12, 1)));
        var first = evaluator.Network.BuildTime;
        evaluator.Evaluate(Facts(new DateOnly(2017, 1, 5)));

        Assert.That(first, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(evaluator.Network.BuildTime, Is.EqualTo(first), "the second letter of the same edition reuses the network");
    }

    private sealed class OpioidsTopic(Func<ItemFacts, bool> covers) : TopicPolicy
    {
        public override string Name => "Opioids";

        public override bool Covers(ItemFacts facts) => covers(facts);
    }

    private sealed class SurgeryTopic(Func<ItemFacts, bool> covers) : TopicPolicy
    {
        public override string Name => "Surgery";

        public override int Precedence => 1;

        public override bool Covers(ItemFacts facts) => covers(facts);
    }

    private sealed class ServicesTopic(Func<ItemFacts, bool> covers) : TopicPolicy
    {
        public override string Name => "Services";

        public override bool Covers(ItemFacts facts) => covers(facts);
    }

    // Returns the status it was given, with its id as the reason, and counts its calls.
    private abstract class CountingCriterion(CriterionStatus status) : CriterionRule
    {
        public int Calls { get; private set; }

        public override CriterionResult Evaluate(ItemFacts facts)
        {
            Calls++;
            return new(status, GetType().GetCustomAttribute<RuleAttribute>()!.Id, []);
        }
    }

    [Rule<OpioidsTopic>("MTUS.T.Opioids.A")]
    private sealed class FirstCriterion(CriterionStatus status) : CountingCriterion(status);

    [Rule<OpioidsTopic>("MTUS.T.Opioids.B")]
    private sealed class SecondCriterion(CriterionStatus status) : CountingCriterion(status);

    [Rule<OpioidsTopic>("MTUS.T.Opioids.C")]
    private sealed class ThirdCriterion(CriterionStatus status) : CountingCriterion(status);

    [Rule<SurgeryTopic>("MTUS.T.Surgery.A")]
    private sealed class SurgeryCriterion(CriterionStatus status) : CountingCriterion(status);

    [Rule<OpioidsTopic>("MTUS.T.Opioids.Initiation")]
    private sealed class InitiationOnly() : CountingCriterion(CriterionStatus.Met)
    {
        public override string? NotApplicableBecause(ItemFacts facts) => facts.Request.Use == RequestUse.Continued ? "The drug is continued." : null;
    }

    [Rule<ServicesTopic>("MTUS.T.Services.FollowsSurgery")]
    private sealed class FollowsSupportedSurgery : FollowingRule<SurgeryTopic>
    {
        public override CriterionResult Evaluate(ItemFacts facts, IReadOnlyList<ItemDetermination> primaries) => primaries.FirstOrDefault() switch
        {
            null => new(CriterionStatus.NotApplicable, "no surgery in the request", []),
            { Predicted: Determination.Upheld } primary => new(CriterionStatus.NotMet, $"{primary.Item.Name} is not supported", []),
            var primary => new(CriterionStatus.Met, $"{primary.Item.Name} is supported", []),
        };
    }
}
