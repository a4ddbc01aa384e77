using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.NotRecommendedOutsideMtus;

/// <summary>The non-MTUS topic is not recommended (or under study): its index row cites the guideline and section.</summary>
[Rule<NotRecommendedOutsideMtusPolicy>("NonMTUS.ODG.NotRecommendedOutsideMtus.GuidelineStatus", Guideline = "Official Disability Guidelines (ODG)",
    Section = "the topic's own section, from the guideline topic index",
    Criterion = "Where the MTUS is silent, a treatment the evidence-based guideline does not recommend, or holds under study, is not supported unless it states an exception.")]
public sealed class GuidelineStatus : IndexStatusRule;
