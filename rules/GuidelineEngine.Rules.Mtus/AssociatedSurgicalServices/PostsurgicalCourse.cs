using GuidelineEngine.Facts;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>
/// The general course of post-operative physical medicine for a surgery, as the MTUS Postsurgical
/// Treatment Guidelines (8 CCR 9792.24.3) set it; the initial course is half of it.
/// </summary>
/// <param name="Surgery">The surgery, as a fact kind of the summary or heading.</param>
/// <param name="Name">The surgery as the schedule names it.</param>
/// <param name="GeneralVisits">Visits of the general course.</param>
/// <param name="Schedule">The schedule as the guideline writes it, for explanations.</param>
internal sealed record PostsurgicalCourse(FactKind Surgery, string Name, int GeneralVisits, string Schedule)
{
    /// <summary>The schedule by surgery (8 CCR 9792.24.3 (d)).</summary>
    public static IReadOnlyList<PostsurgicalCourse> All { get; } =
    [
        // Rotator cuff syndrome/impingement syndrome and dislocation of shoulder (Bankart): 24 visits over 14 weeks, 6 months.
        new(FactKind.ShoulderRepairSurgery, "shoulder repair or decompression", 24, "24 visits over 14 weeks; postsurgical period 6 months"),
        // Derangement of meniscus: 12 visits over 12 weeks, 6 months.
        new(FactKind.KneeMeniscusSurgery, "meniscectomy", 12, "12 visits over 12 weeks; postsurgical period 6 months"),
        // Sprained knee; cruciate ligament: ACL repair, 24 visits over 16 weeks, 6 months.
        new(FactKind.AclReconstruction, "ACL reconstruction", 24, "24 visits over 16 weeks; postsurgical period 6 months"),
        // Arthroplasty, knee: 24 visits over 10 weeks, 4 months.
        new(FactKind.KneeArthroplasty, "knee arthroplasty", 24, "24 visits over 10 weeks; postsurgical period 4 months"),
        // Carpal tunnel syndrome, open or endoscopic: 3-8 visits over 3-5 weeks, 3 months.
        new(FactKind.CarpalTunnelRelease, "carpal tunnel release", 8, "3-8 visits over 3-5 weeks; postsurgical period 3 months"),
        // Trigger finger: 9 visits over 6 weeks, 4 months.
        new(FactKind.TriggerFingerRelease, "trigger finger release", 9, "9 visits over 6 weeks; postsurgical period 4 months"),
        // Intervertebral disc disorders without myelopathy, discectomy/laminectomy: 16 visits over 8 weeks, 6 months.
        new(FactKind.SpinalDecompressionSurgery, "discectomy or laminectomy", 16, "16 visits over 8 weeks; postsurgical period 6 months"),
        // Lumbar fusion: 34 visits over 16 weeks, 6 months.
        new(FactKind.LumbarFusion, "lumbar fusion", 34, "34 visits over 16 weeks; postsurgical period 6 months"),
        // Cervical fusion, after graft maturity: 24 visits over 16 weeks, 6 months.
        new(FactKind.CervicalFusion, "cervical fusion", 24, "24 visits over 16 weeks; postsurgical period 6 months"),
    ];

    /// <summary>The initial course: half the general course (8 CCR 9792.24.3 (a)(1)).</summary>
    public double InitialVisits => GeneralVisits / 2.0;
}
