using System.Reflection;
using System.Text.RegularExpressions;
using GuidelineEngine.RuleModel;
using NRules.Fluent;

namespace GuidelineEngine.Evaluation;

/// <summary>
/// The rules (loaded through an NRules rule repository) and topic policies, validated: unique well-formed ids
/// whose topic part names the rule's topic, a citation and a criterion on every rule, unique
/// topic names, and rules for every topic. Immutable and safe to share.
/// </summary>
public sealed partial class RuleCatalog
{
    private RuleCatalog(IReadOnlyList<RuleDescriptor> rules, IReadOnlyList<TopicPolicy> topics)
    {
        Rules = rules;
        Topics = topics;
    }

    /// <summary>Every rule, ordered by topic and id.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Every topic's policy, highest precedence first, then by name.</summary>
    public IReadOnlyList<TopicPolicy> Topics { get; }

    /// <summary>The rule set's version and content hash, computed once.</summary>
    public RuleSetIdentity Identity => identity ??= RuleSetIdentity.Of(this);

    private RuleSetIdentity? identity;

    /// <summary>
    /// Loads the rules of the assemblies into an NRules rule repository (which finds and defines
    /// them), scans the assemblies for topic policies, and validates both with our metadata.
    /// </summary>
    /// <remarks>The guideline topic index is validated against the loaded topics too: an index row naming an encoded topic no policy has stops the load.</remarks>
    /// <exception cref="RuleSetException">The set is invalid; the message names each rule (or index row) at fault.</exception>
    public static RuleCatalog Load(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var policies = assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(TopicPolicy)));
        var catalog = FromRepository(spec => spec.From(assemblies), policies);
        IndexCoverage.Validate(GuidelineEngine.Facts.Index.GuidelineIndex.Default, catalog);
        return catalog;
    }

    /// <summary>Builds a catalogue from the given rule and policy types (public or not), through the same repository, and validates it.</summary>
    /// <exception cref="RuleSetException">The set is invalid; the message names each rule at fault.</exception>
    public static RuleCatalog Create(IEnumerable<Type> ruleTypes, IEnumerable<Type> policyTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        return FromRepository(spec => spec.PrivateTypes(true).NestedTypes(true).From(ruleTypes), policyTypes);
    }

    private static RuleCatalog FromRepository(Action<IRuleLoadSpec> spec, IEnumerable<Type> policyTypes)
    {
        ArgumentNullException.ThrowIfNull(policyTypes);
        var activator = new RecordingActivator();
        new RuleRepository(activator).Load(load => spec(load.Where(rule => rule.RuleType.IsSubclassOf(typeof(CriterionRule)))));
        return Validate(activator, policyTypes);
    }

    private static RuleCatalog Validate(RecordingActivator activated, IEnumerable<Type> policyTypes)
    {
        var problems = new List<string>();
        var policies = new List<TopicPolicy>();
        foreach (var type in policyTypes.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                problems.Add($"{type.FullName}: a topic policy needs a public parameterless constructor");
                continue;
            }

            policies.Add((TopicPolicy)Activator.CreateInstance(type)!);
        }

        var rules = new List<RuleDescriptor>();
        foreach (var type in activated.Types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var attribute = type.GetCustomAttribute<RuleAttribute>();
            if (attribute is null)
            {
                problems.Add($"{type.FullName}: has no [Rule<TTopic>] attribute (id, topic, citation, criterion)");
                continue;
            }

            var name = $"{attribute.Id} ({type.FullName})";
            var topic = policies.FirstOrDefault(p => p.GetType() == attribute.Topic);
            problems.AddRange(Check(attribute, topic).Select(p => $"{name}: {p}"));
            if (!activated.Instances.TryGetValue(type, out var instance))
            {
                problems.Add($"{name}: needs a public parameterless constructor");
                continue;
            }

            rules.Add(new RuleDescriptor(attribute.Id, topic?.Name ?? attribute.Topic.Name, attribute.Guideline, attribute.Editions, attribute.Pages, attribute.Section, attribute.Criterion, instance));
        }

        return Validated(rules, policies, problems);
    }

    /// <summary>Builds a catalogue from rule and policy instances, validated the same way; for tests and hosts that compose rules.</summary>
    internal static RuleCatalog FromInstances(IEnumerable<RuleDescriptor> rules, IEnumerable<TopicPolicy> policies) =>
        Validated([.. rules], [.. policies], []);

    private static IEnumerable<string> Check(RuleAttribute rule, TopicPolicy? topic)
    {
        var id = RuleId().Match(rule.Id);
        if (!id.Success)
        {
            yield return "the id must look like MTUS.<Guideline>.<Topic>.<Criterion>, or NonMTUS.<Guideline>.<Topic>.<Criterion> for a guideline outside the MTUS";
        }
        else if (topic is not null && id.Groups["topic"].Value != topic.Name)
        {
            yield return $"the id's topic part '{id.Groups["topic"].Value}' is not its topic '{topic.Name}'";
        }

        if (topic is null)
        {
            yield return $"its topic {rule.Topic.Name} is not a topic policy the scan found";
        }

        var mtusGuideline = rule.Guideline.StartsWith("MTUS", StringComparison.Ordinal);
        if (id.Success && (id.Groups["family"].Value == "MTUS") != mtusGuideline)
        {
            yield return $"the id says {id.Groups["family"].Value} but the guideline is '{rule.Guideline}': MTUS rules cite an MTUS guideline, NonMTUS rules another one";
        }

        if (string.IsNullOrWhiteSpace(rule.Pages) && string.IsNullOrWhiteSpace(rule.Section))
        {
            yield return "has no citation: pages or section";
        }

        if (string.IsNullOrWhiteSpace(rule.Criterion))
        {
            yield return "has no criterion statement";
        }

        if (rule.Editions == GuidelineEditions.None)
        {
            yield return "belongs to no guideline edition";
        }
    }

    private static RuleCatalog Validated(List<RuleDescriptor> rules, List<TopicPolicy> policies, List<string> problems)
    {
        foreach (var duplicate in rules.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Key}: the id is used by {string.Join(" and ", duplicate.Select(r => r.Rule.GetType().FullName))}");
        }

        foreach (var topic in policies.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"topic {topic.Key}: is named by several policies ({string.Join(", ", topic.Select(p => p.GetType().Name))})");
        }

        foreach (var topic in rules.Select(r => r.Topic).Distinct().Where(t => policies.All(p => p.Name != t)))
        {
            problems.Add($"topic {topic}: has rules ({string.Join(", ", rules.Where(r => r.Topic == topic).Select(r => r.Id))}) but no determination policy");
        }

        foreach (var policy in policies.Where(p => rules.All(r => r.Topic != p.Name)))
        {
            problems.Add($"topic {policy.Name}: has a policy ({policy.GetType().Name}) but no rules");
        }

        if (problems.Count > 0)
        {
            throw new RuleSetException(problems);
        }

        return new RuleCatalog(
            [.. rules.OrderBy(r => r.Topic, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)],
            [.. policies.OrderByDescending(p => p.Precedence).ThenBy(p => p.Name, StringComparer.Ordinal)]);
    }

    // Creates the rules the repository asks for, once each, and keeps them for the catalogue; a
    // rule it cannot create is left for validation to name instead of failing the whole load.
    private sealed class RecordingActivator : IRuleActivator
    {
        public List<Type> Types { get; } = [];

        public Dictionary<Type, CriterionRule> Instances { get; } = [];

        public IEnumerable<NRules.Fluent.Dsl.Rule> Activate(Type type)
        {
            Types.Add(type);
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                return [];
            }

            var rule = (CriterionRule)Activator.CreateInstance(type)!;
            Instances[type] = rule;
            return [rule];
        }
    }

    [GeneratedRegex(@"^(?<family>MTUS|NonMTUS)\.(?<guideline>[A-Za-z0-9]+)\.(?<topic>[A-Za-z0-9]+)\.[A-Za-z0-9]+$")]
    private static partial Regex RuleId();
}
