namespace GuidelineEngine.Facts.Requests;

/// <summary>
/// The surgery a post-operative request follows, as the MTUS Postsurgical Treatment Guidelines
/// schedule therapy by it, or "not stated". Looked for in the item's heading, then the headings of
/// the other items of the request, then the clinical summary; never in the reviewer's rationale.
/// </summary>
/// <param name="Source">Where it was found.</param>
/// <param name="Evidence">The facts that name it, each a surgery kind of <see cref="ScheduledKinds"/>; empty when not stated.</param>
public sealed record PostOperativeProcedure(ProcedureSource Source, IReadOnlyList<Fact> Evidence)
{
    /// <summary>The surgeries the postsurgical physical medicine schedule names (8 CCR 9792.24.3 (d)).</summary>
    public static IReadOnlySet<FactKind> ScheduledKinds { get; } = new HashSet<FactKind>
    {
        FactKind.ShoulderRepairSurgery, FactKind.KneeMeniscusSurgery, FactKind.AclReconstruction, FactKind.KneeArthroplasty,
        FactKind.CarpalTunnelRelease, FactKind.TriggerFingerRelease, FactKind.SpinalDecompressionSurgery,
        FactKind.LumbarFusion, FactKind.CervicalFusion,
    };

    /// <summary>No surgery named: the schedule that applies cannot be told.</summary>
    public static PostOperativeProcedure NotStated { get; } = new(ProcedureSource.NotStated, []);

    /// <summary>The surgeries named, in the order found.</summary>
    public IReadOnlyList<FactKind> Kinds => [.. Evidence.Select(f => f.Kind).Distinct()];
}
