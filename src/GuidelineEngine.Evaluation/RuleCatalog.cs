using System.Reflection;
using System.Text.RegularExpressions;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation;

/// <summary>
/// The rules and topic policies found by scanning assemblies, validated: unique well-formed ids,
/// a citation and a criterion on every rule, and exactly one policy for every topic with rules.
/// Immutable and safe to share.
/// </summary>
public sealed partial class RuleCatalog
{
    private RuleCatalog(IReadOnlyList<RuleDescriptor> rules, IReadOnlyDictionary<Topic, TopicPolicy> policies)
    {
        Rules = rules;
        Policies = policies;
    }

    /// <summary>Every rule, ordered by topic and id.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The policy of each topic.</summary>
    public IReadOnlyDictionary<Topic, TopicPolicy> Policies { get; }

    /// <summary>Scans the assemblies for rules and policies and validates them.</summary>
    /// <exception cref="RuleSetException">The set is invalid; the message names each rule at fault.</exception>
    public static RuleCatalog Load(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var types = assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsAbstract: false, IsClass: true }).ToList();
        return Create(
            types.Where(t => t.IsSubclassOf(typeof(CriterionRule))),
            types.Where(t => t.IsSubclassOf(typeof(TopicPolicy))));
    }

    /// <summary>Builds a catalogue from the given rule and policy types and validates it.</summary>
    /// <exception cref="RuleSetException">The set is invalid; the message names each rule at fault.</exception>
    public static RuleCatalog Create(IEnumerable<Type> ruleTypes, IEnumerable<Type> policyTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        ArgumentNullException.ThrowIfNull(policyTypes);
        var problems = new List<string>();
        var rules = new List<RuleDescriptor>();
        foreach (var type in ruleTypes.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var attribute = type.GetCustomAttribute<RuleAttribute>();
            if (attribute is null)
            {
                problems.Add($"{type.FullName}: has no [Rule] attribute (id, topic, pages, criterion)");
                continue;
            }

            var name = $"{attribute.Id} ({type.FullName})";
            if (!RuleId().IsMatch(attribute.Id))
            {
                problems.Add($"{name}: the id must look like MTUS.<Guideline>.<Topic>.<Criterion>");
            }

            if (string.IsNullOrWhiteSpace(attribute.Pages))
            {
                problems.Add($"{name}: has no citation pages");
            }

            if (string.IsNullOrWhiteSpace(attribute.Criterion))
            {
                problems.Add($"{name}: has no criterion statement");
            }

            if (attribute.Editions == GuidelineEditions.None)
            {
                problems.Add($"{name}: belongs to no guideline edition");
            }

            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                problems.Add($"{name}: needs a public parameterless constructor");
                continue;
            }

            rules.Add(new RuleDescriptor(attribute.Id, attribute.Topic, attribute.Guideline, attribute.Editions, attribute.Pages, attribute.Criterion, (CriterionRule)Activator.CreateInstance(type)!));
        }

        return Validated(rules, [.. policyTypes.Select(t => (TopicPolicy)Activator.CreateInstance(t)!)], problems);
    }

    /// <summary>Builds a catalogue from rule and policy instances, validated the same way; for tests and hosts that compose rules.</summary>
    internal static RuleCatalog FromInstances(IEnumerable<RuleDescriptor> rules, IEnumerable<TopicPolicy> policies) =>
        Validated([.. rules], [.. policies], []);

    private static RuleCatalog Validated(List<RuleDescriptor> rules, List<TopicPolicy> policies, List<string> problems)
    {
        foreach (var duplicate in rules.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Key}: the id is used by {string.Join(" and ", duplicate.Select(r => r.Rule.GetType().FullName))}");
        }

        foreach (var topic in policies.GroupBy(p => p.Topic).Where(g => g.Count() > 1))
        {
            problems.Add($"topic {topic.Key}: has several policies ({string.Join(", ", topic.Select(p => p.GetType().Name))})");
        }

        foreach (var topic in rules.Select(r => r.Topic).Distinct().Where(t => policies.All(p => p.Topic != t)))
        {
            problems.Add($"topic {topic}: has rules ({string.Join(", ", rules.Where(r => r.Topic == topic).Select(r => r.Id))}) but no determination policy");
        }

        foreach (var policy in policies.Where(p => rules.All(r => r.Topic != p.Topic)))
        {
            problems.Add($"topic {policy.Topic}: has a policy ({policy.GetType().Name}) but no rules");
        }

        if (problems.Count > 0)
        {
            throw new RuleSetException(problems);
        }

        return new RuleCatalog(
            [.. rules.OrderBy(r => r.Topic).ThenBy(r => r.Id, StringComparer.Ordinal)],
            policies.DistinctBy(p => p.Topic).ToDictionary(p => p.Topic));
    }

    [GeneratedRegex(@"^MTUS\.[A-Za-z0-9]+\.[A-Za-z0-9]+\.[A-Za-z0-9]+$")]
    private static partial Regex RuleId();
}
