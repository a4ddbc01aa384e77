using System.Reflection;
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
        // Every rule cites its guideline, with pages or a section; MTUS rules cite an MTUS guideline, the others one outside it.
        Assert.That(catalog.Rules.Select(r => r.Citation), Has.All.Matches<string>(c => c.Contains(", p", StringComparison.Ordinal) || c.Contains(", section ", StringComparison.Ordinal)));
        Assert.That(catalog.Rules.Where(r => r.IsMtus).Select(r => r.Citation), Has.All.StartWith("MTUS "));
        Assert.That(catalog.Rules.Where(r => !r.IsMtus).Select(r => r.Citation), Has.None.StartWith("MTUS"));
        Assert.That(catalog.Rules.Where(r => !r.Citation.StartsWith(r.Guideline + ", p", StringComparison.Ordinal) && !r.Citation.StartsWith(r.Guideline + ", section ", StringComparison.Ordinal)).Select(r => r.Id), Is.Empty,
            "every rule cites its guideline by page or section");
        Assert.That(catalog.Topics.Select(t => t.Name), Is.SupersetOf(new[] { "Opioids", "MuscleRelaxants", "TopicalLidocaine", "TopicalAnalgesics", "Nsaids", "GastrointestinalProtection", "AquaticTherapy", "PhysicalMedicine" }));
        Assert.That(catalog.Rules.Select(r => r.Topic).Distinct(), Is.EquivalentTo(catalog.Topics.Select(t => t.Name)));
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

        Assert.That(error!.Message, Does.Contain("MTUS.Test.Testing.Same: the id is used by").And.Contain(nameof(FirstRule)).And.Contain(nameof(SameIdRule)));
    }

    [Test]
    public void A_rule_without_a_citation_stops_start_up_naming_the_rule()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleCatalog.Create([typeof(UncitedRule)], [typeof(TestPolicy)]));

        Assert.That(error!.Problems, Has.Some.EqualTo($"MTUS.Test.Testing.Uncited ({typeof(UncitedRule).FullName}): has no citation: pages or section"));
    }

    [Test]
    public void A_rule_whose_topic_policy_is_not_in_the_scan_stops_start_up()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleCatalog.Create([typeof(FirstRule)], []));

        Assert.That(error!.Problems, Has.Some.Contains("its topic TestPolicy is not a topic policy the scan found"));
    }

    [Test]
    public void A_rule_class_without_its_attribute_stops_start_up() =>
        Assert.That(() => RuleCatalog.Create([typeof(UnmarkedRule)], [typeof(TestPolicy)]),
            Throws.TypeOf<RuleSetException>().With.Message.Contains("has no [Rule<TTopic>] attribute"));

    [Test]
    public void A_malformed_id_stops_start_up() =>
        Assert.That(() => RuleCatalog.Create([typeof(BadIdRule)], [typeof(TestPolicy)]),
            Throws.TypeOf<RuleSetException>().With.Message.Contains("the id must look like MTUS.<Guideline>.<Topic>.<Criterion>"));

    [Test]
    public void An_id_whose_topic_part_is_not_its_topic_stops_start_up() =>
        Assert.That(() => RuleCatalog.Create([typeof(OtherTopicIdRule)], [typeof(TestPolicy)]),
            Throws.TypeOf<RuleSetException>().With.Message.Contains("the id's topic part 'Opioids' is not its topic 'Testing'"));

    [Test]
    public void A_non_mtus_rule_is_accepted_and_marked_as_outside_the_mtus()
    {
        var catalog = RuleCatalog.Create([typeof(OdgRule)], [typeof(TestPolicy)]);

        Assert.That(catalog.Rules.Single().IsMtus, Is.False);
        Assert.That(catalog.Rules.Single().Citation, Is.EqualTo("Official Disability Guidelines (ODG), section Knee, Continuous-flow cryotherapy"));
    }

    [Test]
    public void A_non_mtus_id_on_an_mtus_guideline_stops_start_up() =>
        Assert.That(() => RuleCatalog.Create([typeof(MislabelledRule)], [typeof(TestPolicy)]),
            Throws.TypeOf<RuleSetException>().With.Message.Contains("the id says NonMTUS but the guideline is 'MTUS Chronic Pain Medical Treatment Guidelines'"));

    [Test]
    public void Two_policies_naming_one_topic_stop_start_up() =>
        Assert.That(() => RuleCatalog.Create([typeof(FirstRule)], [typeof(TestPolicy), typeof(SameNamePolicy)]),
            Throws.TypeOf<RuleSetException>().With.Message.Contains("topic Testing: is named by several policies"));

    [Test]
    public void Topics_are_listed_highest_precedence_first()
    {
        var catalog = RuleCatalog.Create([typeof(FirstRule), typeof(PreferredRule)], [typeof(TestPolicy), typeof(PreferredPolicy)]);

        Assert.That(catalog.Topics.Select(t => t.Name), Is.EqualTo(new[] { "Preferred", "Testing" }));
    }

    [Test]
    public void The_rule_set_identity_is_the_same_for_the_same_rules_and_changes_with_a_criterion()
    {
        var first = RuleCatalog.Create([typeof(FirstRule)], [typeof(TestPolicy)]).Identity;
        var again = RuleCatalog.Create([typeof(FirstRule)], [typeof(TestPolicy)]).Identity;
        var other = RuleCatalog.Create([typeof(SameIdRule)], [typeof(TestPolicy)]).Identity;

        Assert.That(again, Is.EqualTo(first));
        Assert.That(other.ContentHash, Is.Not.EqualTo(first.ContentHash), "another criterion statement and citation");
        Assert.That(first.ContentHash, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(first.ShortHash, Is.EqualTo(first.ContentHash[..12]));
        Assert.That(first.Version, Is.Not.Empty);
    }

    [Test]
    public void The_mtus_rule_set_identity_names_the_rules_assembly_version() =>
        Assert.That(
            RuleCatalog.Load(MtusRules.Assembly).Identity.Version,
            Is.EqualTo(MtusRules.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion));

    // Test-only rules: the catalogue scans types, so they must be real classes.
    [Rule<TestPolicy>("MTUS.Test.Testing.Same", Pages = "1", Criterion = "First.")]
    private sealed class FirstRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    [Rule<TestPolicy>("MTUS.Test.Testing.Same", Pages = "2", Criterion = "Second.")]
    private sealed class SameIdRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    [Rule<TestPolicy>("MTUS.Test.Testing.Uncited", Criterion = "No pages.")]
    private sealed class UncitedRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    [Rule<TestPolicy>("opioids four as", Pages = "78", Criterion = "Bad id.")]
    private sealed class BadIdRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    [Rule<TestPolicy>("MTUS.Test.Opioids.Elsewhere", Pages = "78", Criterion = "Topic part names another topic.")]
    private sealed class OtherTopicIdRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    [Rule<TestPolicy>("NonMTUS.ODG.Testing.Cryotherapy", Guideline = "Official Disability Guidelines (ODG)", Section = "Knee, Continuous-flow cryotherapy", Criterion = "Up to 7 days after surgery.")]
    private sealed class OdgRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    [Rule<TestPolicy>("NonMTUS.ODG.Testing.Mislabelled", Pages = "1", Criterion = "An ODG id on the CPMTG.")]
    private sealed class MislabelledRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    [Rule<PreferredPolicy>("MTUS.Test.Preferred.First", Pages = "1", Criterion = "Preferred.")]
    private sealed class PreferredRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    private sealed class UnmarkedRule : CriterionRule
    {
        public override CriterionResult Evaluate(ItemFacts facts) => new(CriterionStatus.Met, "ok", []);
    }

    private sealed class TestPolicy : TopicPolicy
    {
        public override string Name => "Testing";

        public override bool Covers(ItemFacts facts) => true;
    }

    private sealed class SameNamePolicy : TopicPolicy
    {
        public override string Name => "Testing";

        public override bool Covers(ItemFacts facts) => true;
    }

    private sealed class PreferredPolicy : TopicPolicy
    {
        public override string Name => "Preferred";

        public override int Precedence => 1;

        public override bool Covers(ItemFacts facts) => true;
    }
}
