using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.NotRecommended;

/// <summary>The MTUS topic is not recommended (or under study): its index row cites the guideline and page.</summary>
[Rule<NotRecommendedPolicy>("MTUS.Index.NotRecommended.GuidelineStatus", Guideline = "MTUS guideline of the topic (cited from the guideline topic index)",
    Section = "the topic's own page or section, from the guideline topic index",
    Criterion = "A treatment the MTUS does not recommend, or holds under study, is not supported unless the guideline states an exception.")]
public sealed class GuidelineStatus : IndexStatusRule;
