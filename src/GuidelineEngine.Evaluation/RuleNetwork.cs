using System.Collections.Concurrent;
using System.Diagnostics;
using GuidelineEngine.RuleModel;
using NRules;
using NRules.Fluent;

namespace GuidelineEngine.Evaluation;

/// <summary>
/// The catalogue's criteria compiled into NRules rule networks, one per set of editions in
/// force, each built once per process when a run first needs it (a batch of 2016 letters builds
/// one) and shared by every session and thread.
/// </summary>
/// <param name="catalog">The validated catalogue whose rule instances the networks run.</param>
public sealed class RuleNetwork(RuleCatalog catalog)
{
    private readonly ConcurrentDictionary<GuidelineEditions, Lazy<ISessionFactory>> factories = new();

    /// <summary>The time spent building networks so far, for the benchmark.</summary>
    public TimeSpan BuildTime => TimeSpan.FromTicks(Interlocked.Read(ref buildTicks));

    private long buildTicks;

    /// <summary>How many networks have been built so far.</summary>
    public int Built => factories.Count(f => f.Value.IsValueCreated);

    /// <summary>The session factory of the rules stated in <paramref name="edition"/>, built on first use.</summary>
    public ISessionFactory For(GuidelineEditions edition) =>
        factories.GetOrAdd(edition, e => new Lazy<ISessionFactory>(() => Build(e))).Value;

    private ISessionFactory Build(GuidelineEditions edition)
    {
        var clock = Stopwatch.StartNew();
        var rules = catalog.Rules.Where(r => (r.Editions & edition) != 0).Select(r => (NRules.Fluent.Dsl.Rule)r.Rule)
            .Append(new TopicDetermination());
        var definitions = new RuleDefinitionFactory().Create(rules);
        var factory = new RuleCompiler { ExpressionCompiler = new FastCompiler() }.Compile(definitions);
        Interlocked.Add(ref buildTicks, clock.Elapsed.Ticks);
        return factory;
    }
}
