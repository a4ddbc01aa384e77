using GuidelineEngine.Facts.Index;

namespace GuidelineEngine.Evaluation;

/// <summary>How one topic of the guideline topic index is decided: by the encoded topic and its rules, or the reason none does.</summary>
/// <param name="Topic">The index row.</param>
/// <param name="DecidedBy">The topic policy that decides its requests (an encoded topic, or the shared not-recommended shape); null when none does.</param>
/// <param name="RuleCount">The rules of that topic.</param>
/// <param name="Reason">Why no rule decides the topic, when none does.</param>
public sealed record IndexTopicCoverage(IndexTopic Topic, string? DecidedBy, int RuleCount, string? Reason);
