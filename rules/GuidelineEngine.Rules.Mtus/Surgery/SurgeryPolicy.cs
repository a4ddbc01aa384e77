using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Surgery;

/// <summary>
/// A surgery (arthroscopy, repair, decompression, release, fusion) under the "Surgical
/// Considerations" of the MTUS ACOEM chapter of the joint. It is a primary item: the services
/// that follow it (assistant, clearance, pre-operative tests, post-operative therapy and
/// equipment) are decided after it and read its prediction. An item whose heading marks it as a
/// pre- or post-operative service is not the surgery itself.
/// </summary>
public sealed class SurgeryPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "Surgery";

    /// <summary>Above consultations ("arthroscopy with evaluation of ACL" is a surgery), below the services that follow a surgery.</summary>
    public override int Precedence => 80;

    /// <inheritdoc/>
    public override bool ReadsFindingsOfTheRequestedRegion => true;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null
        && facts.Request.Drugs.Count == 0
        && facts.Request.Service?.Category == ServiceCategory.Surgery
        && !SurgicalFacts.IsPerioperative(facts);
}
