namespace GuidelineEngine.Evaluation.Consistency;

/// <summary>An audited item's consistency class and every finding behind it.</summary>
/// <param name="Class">The class, by <see cref="ConsistencyChecker"/>'s precedence.</param>
/// <param name="Findings">Every finding, of whichever class; the class's own first.</param>
public sealed record ItemConsistency(ConsistencyClass Class, IReadOnlyList<ConsistencyFinding> Findings);
