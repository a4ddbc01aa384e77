using GuidelineEngine.Facts;

namespace GuidelineEngine.RuleModel;

/// <summary>
/// A guideline topic: which items it covers and how its criteria combine into a determination.
/// A topic is declared by its policy class alone; rules name it as <c>[Rule&lt;TheTopicPolicy&gt;(...)]</c>,
/// so a misspelt topic does not compile.
/// </summary>
public abstract class TopicPolicy
{
    /// <summary>The topic's name as reports show it, e.g. <c>Opioids</c>; the third part of its rules' ids.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Where two topics cover the same item, the higher precedence decides it. Topics that can
    /// claim the same item must declare different precedences; the catalogue reports ties.
    /// </summary>
    public virtual int Precedence => 0;

    /// <summary>
    /// True for a topic of one body region (imaging, injections, surgery, therapy): its criteria read only
    /// the findings of the requested regions or of no stated region (<see cref="ItemFacts.InRequestedRegions"/>),
    /// so that a thumb fracture is no red flag for a shoulder MRI.
    /// </summary>
    public virtual bool ReadsFindingsOfTheRequestedRegion => false;

    /// <summary>True when the item falls under this topic.</summary>
    public abstract bool Covers(ItemFacts facts);

    /// <summary>
    /// Combines the criteria. By default every criterion is required: any not met or not
    /// documented predicts Upheld; otherwise Overturned.
    /// </summary>
    public virtual Determination Combine(IReadOnlyList<CriterionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Any(r => r.Status is CriterionStatus.NotMet or CriterionStatus.NotDocumented)
            ? Determination.Upheld
            : Determination.Overturned;
    }
}
