namespace GuidelineEngine.Server;

/// <summary>The body of <c>POST /api/prescreen</c>.</summary>
internal sealed class PrescreenRequest
{
    /// <summary>The clinical note or summary to pre-screen.</summary>
    public string? ClinicalText { get; set; }

    /// <summary>The requested items, e.g. "Norco 10/325mg #60".</summary>
    public List<string?>? Items { get; set; }

    /// <summary>The request date, yyyy-MM-dd; chooses the guideline edition.</summary>
    public string? RequestDate { get; set; }
}
