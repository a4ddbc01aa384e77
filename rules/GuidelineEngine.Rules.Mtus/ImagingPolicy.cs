using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus;

/// <summary>
/// A topic that covers imaging of one body region. The region decides the guideline chapter
/// (ACOEM's Special Studies of that chapter), so the first body part the request names picks the
/// topic; a request that names no region the topics know stays uncovered rather than be judged by
/// the wrong chapter. Injections guided by imaging are injections, not imaging.
/// </summary>
public abstract class ImagingPolicy(params BodyRegion[] regions) : TopicPolicy
{
    /// <summary>Imaging topics rank above therapy and drug topics and below injections and surgery.</summary>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool ReadsFindingsOfTheRequestedRegion => true;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.Imaging
        && !facts.Request.IsInjection
        && facts.Request.BodyParts.FirstOrDefault(p => p.Region != BodyRegion.Other) is { } part
        && regions.Contains(part.Region);
}
