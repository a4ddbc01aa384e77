using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus;

namespace GuidelineEngine.Evaluation.Tests;

public class RuleCatalogTests
{
    [Test]
    public void The_mtus_rule_set_is_valid_and_lists_every_rule_with_a_citation()
    {
        var catalog = RuleCatalog.Load(MtusRules.Assembly);

        Assert.That(catalog.Rules, Has.Count.GreaterThanOrEqualTo(20));
        Assert.That(catalog.Rules.Select(r => r.Citation), Has.All.StartWith("MTUS Chronic Pain Medical Treatment Guidelines, p"));
        Assert.That(catalog.Policies.Keys, Is.EquivalentTo(Enum.GetValues<Topic>()));
    }

    [Test]
    public void Every_topic_of_the_brief_is_encoded() =>
        Assert.That(
            RuleCatalog.Load(MtusRules.Assembly).Rules.Select(r => r.Id),
            Does.Contain("MTUS.CPMTG.Opioids.FourAs")
                .And.Contain("MTUS.CPMTG.MuscleRelaxants.Carisoprodol")
                .And.Contain("MTUS.CPMTG.TopicalLidocaine.FirstLineTrial")
                .And.Contain("MTUS.CPMTG.TopicalAnalgesics.Compounds"));

    [Test]
    public void Two_rules_with_one_id_stop_start_up_naming_both_classes()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleCatalog.Create([typeof(FirstRule), typeof(SameIdRule)], [typeof(TestPolicy)]));

        Assert.That(error!.Message, Does.Contain("MTUS.Test.Opioids.Same: the id is used by").And.Contain(nameof(FirstRule)).And.Contain(nameof(SameIdRule)));
    }

    [Test]
    public void A_rule_without_a_citation_stops_start_up_naming_the_rule()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleCatalog.Create([typeof(UncitedRule)], [typeof(TestPolicy)]));

        Assert.That(error!.Problems, Has.Some.EqualTo($"MTUS.Test.Opioids.Uncited ({typeof(UncitedRule).FullName}): has no citation pages"));
    }

    [Test]
    public void A_topic_without_a_policy_stops_start_up()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleCatalog.Create([typeof(FirstRule)], []));

        Assert.That(error!.Problems, Has.Some.StartsWith("topic Opioids: has rules (MTUS.Test.Opioids.Same) but no determination policy"));
    }

    [Test]
    public void A_rule_class_without_its_attribute_stops_start_up() =>
        Assert.That(() => RuleCatalog.Create([typeof(UnmarkedRule)], [typeof(TestPolicy)]),
            Throws.TypeOf<RuleSetException>().With.Message.Contains("has no [Rule] attribute"));

    [Test]
    public void A_malformed_id_stops_start_up() =>
        Assert.That(() => RuleCatalog.Create([typeof(BadIdRule)], [typeof(TestPolicy)]),
            Throws.TypeOf<RuleSetException>().With.Message.Contains("the id must look like MTUS.<Guideline>.<Topic>.<Criterion>"));

    // Test-only rules: the catalogue scans types, so they must be real classes.
    [Rule("MTUS.Test.Opioids.Same", Topic.Opioids, Pages = "1", Criterion = "First.")]
    private sealed class FirstRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    [Rule("MTUS.Test.Opioids.Same", Topic.Opioids, Pages = "2", Criterion = "Second.")]
    private sealed class SameIdRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    [Rule("MTUS.Test.Opioids.Uncited", Topic.Opioids, Criterion = "No pages.")]
    private sealed class UncitedRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    [Rule("opioids four as", Topic.Opioids, Pages = "78", Criterion = "Bad id.")]
    private sealed class BadIdRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    private sealed class UnmarkedRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    private sealed class TestPolicy : TopicPolicy
    {
        public override Topic Topic => Topic.Opioids;

        public override bool Covers(ItemFacts facts) => true;
    }
}
