using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Facts;

/// <summary>The facts extracted for one disputed item, and what the item requests.</summary>
public sealed record ItemFacts
{
    /// <summary>The item's position in the request, from 1.</summary>
    public required int ItemNumber { get; init; }

    /// <summary>What the request itself is, as typed values.</summary>
    public required RequestFacts Request { get; init; }

    /// <summary>The mode the facts were extracted in.</summary>
    public required EvaluationMode Mode { get; init; }

    /// <summary>The date of the request or its UR decision, when known.</summary>
    public DateOnly? RequestDate { get; init; }

    /// <summary>
    /// The date the record speaks from: the request date when known, else the latest date the
    /// clinical summary mentions. It chooses the guideline edition; it is not a request date.
    /// </summary>
    public DateOnly? RecordDate { get; init; }

    /// <summary>The patient's age in years, when stated.</summary>
    public int? PatientAge { get; init; }

    /// <summary>Weeks the requested drug has been taken, when the text allows a figure.</summary>
    public int? RequestedDrugWeeks { get; init; }

    /// <summary>The daily morphine-equivalent dose in mg, when stated.</summary>
    public decimal? MorphineEquivalentMg { get; init; }

    /// <summary>The work-status facts that say the patient has returned to work or is working.</summary>
    public IReadOnlyList<Fact> ReturnedToWork { get; init; } = [];

    /// <summary>Every fact, in section and text order.</summary>
    public required IReadOnlyList<Fact> Facts { get; init; }

    /// <summary>
    /// Present when any fact of the kind is present; else Absent when any is absent; else
    /// NotMentioned. In audit mode the reviewer's stated findings are what is checked, so where the
    /// rationale speaks of the kind, only the rationale's facts count. The summary's account of the
    /// UR decision is not a clinical finding and never counts here (see <see cref="StatedByUtilizationReview"/>).
    /// </summary>
    public Polarity Status(FactKind kind) => Status(kind, []);

    /// <summary>
    /// The status of a kind counting only the facts of <paramref name="regions"/> or of no
    /// stated region (<see cref="RegionScope.Includes"/>): for criteria of one body region, a finding
    /// elsewhere does not count. No regions given: every fact counts.
    /// </summary>
    public Polarity Status(FactKind kind, IReadOnlyCollection<BodyRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var fromRationale = Mode == EvaluationMode.Audit && Facts.Any(f => f.Kind == kind && f.Section == SourceSection.Rationale && f.Polarity != Polarity.NotMentioned);
        var any = false;
        foreach (var fact in Facts)
        {
            if (fact.Kind != kind || fact.Polarity == Polarity.NotMentioned || fact.Role == StatementRole.UtilizationReview
                || (fromRationale && fact.Section != SourceSection.Rationale) || !InRegions(fact, regions))
            {
                continue;
            }

            if (fact.Polarity == Polarity.Present)
            {
                return Polarity.Present;
            }

            any = true;
        }

        return any ? Polarity.Absent : Polarity.NotMentioned;
    }

    /// <summary>The facts of a kind that bear on <see cref="Status(FactKind)"/>: the present ones if any, else the absent ones.</summary>
    public IReadOnlyList<Fact> Evidence(FactKind kind) => Evidence(kind, []);

    /// <summary>The facts of a kind that bear on <see cref="Status(FactKind, IReadOnlyCollection{BodyRegion})"/> for the regions.</summary>
    public IReadOnlyList<Fact> Evidence(FactKind kind, IReadOnlyCollection<BodyRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var status = Status(kind, regions);
        if (status == Polarity.NotMentioned)
        {
            return [];
        }

        var fromRationale = Mode == EvaluationMode.Audit && Facts.Any(f => f.Kind == kind && f.Section == SourceSection.Rationale && f.Polarity == status);
        return [.. Facts.Where(f => f.Kind == kind && f.Polarity == status && f.Role != StatementRole.UtilizationReview
            && (!fromRationale || f.Section == SourceSection.Rationale) && InRegions(f, regions))];
    }

    /// <summary>The regions the request names (<see cref="RequestFacts.BodyParts"/>), those a region-specific criterion reads findings of.</summary>
    public IReadOnlyList<BodyRegion> RequestedRegions =>
        [.. Request.BodyParts.Select(p => p.Region).Where(r => r != BodyRegion.Other).Distinct()];

    /// <summary>
    /// These facts with only the findings of the requested regions or of no stated region, for the
    /// criteria of a region-specific topic (imaging, injections, surgery, therapy); the same facts when
    /// the request names no region.
    /// </summary>
    public ItemFacts InRequestedRegions()
    {
        var regions = RequestedRegions;
        return regions.Count == 0 || Facts.All(f => InRegions(f, regions)) ? this : this with { Facts = [.. Facts.Where(f => InRegions(f, regions))] };
    }

    private static bool InRegions(Fact fact, IReadOnlyCollection<BodyRegion> regions) =>
        regions.Count == 0 || fact.Regions.Count == 0 || fact.Regions.Any(r => regions.Any(q => q.Includes(r)));

    /// <summary>
    /// The facts of a kind that the clinical summary states only in its account of the UR decision
    /// ("UR non-certified the MRI as there was no documentation of red flags"): what UR said, for the audit.
    /// </summary>
    public IReadOnlyList<Fact> StatedByUtilizationReview(FactKind kind) =>
        [.. Facts.Where(f => f.Kind == kind && f.Role == StatementRole.UtilizationReview && f.Polarity != Polarity.NotMentioned)];
}
