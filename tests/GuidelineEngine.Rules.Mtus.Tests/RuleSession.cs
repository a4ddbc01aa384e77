using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace GuidelineEngine.Rules.Mtus.Tests;

/// <summary>
/// A rule test fixture in the spirit of NRules.Testing (not served): compiles only the rules under
/// test into a session, inserts facts, fires, and tells from NRules' own events which rules fired
/// and from the session what they yielded.
/// </summary>
internal sealed class RuleSession
{
    private readonly ISession session;
    private readonly List<string> fired = [];

    private RuleSession(ISessionFactory factory)
    {
        session = factory.CreateSession();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
    }

    /// <summary>The names of the rules that fired, in firing order.</summary>
    public IReadOnlyList<string> Fired => fired;

    /// <summary>What the criteria yielded.</summary>
    public IReadOnlyList<CriterionOutcome> Outcomes => [.. session.Query<CriterionOutcome>()];

    /// <summary>A session of <paramref name="rules"/> alone, compiled from a factory built once per set.</summary>
    public static RuleSession Of(ISessionFactory factory) => new(factory);

    /// <summary>Compiles <paramref name="rules"/> alone into a network.</summary>
    public static ISessionFactory Compile(params Rule[] rules) => new RuleCompiler().Compile(new RuleDefinitionFactory().Create(rules));

    /// <summary>An item under review in the topic of <paramref name="rule"/>.</summary>
    public static ReviewedItem Reviewing(ItemFacts facts, CriterionRule rule) =>
        new(facts, (TopicPolicy)Activator.CreateInstance(rule.Topic ?? throw new InvalidOperationException($"{rule.GetType().Name} names no topic"))!, GuidelineEditions.Every);

    /// <summary>Inserts facts.</summary>
    public RuleSession Insert(params object[] facts)
    {
        session.InsertAll(facts);
        return this;
    }

    /// <summary>Fires the rules whose conditions the facts meet.</summary>
    public RuleSession Fire()
    {
        session.Fire();
        return this;
    }
}
