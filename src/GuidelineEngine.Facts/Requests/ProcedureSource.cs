namespace GuidelineEngine.Facts.Requests;

/// <summary>Where the surgery a post-operative request follows was found.</summary>
public enum ProcedureSource
{
    /// <summary>Neither the request nor the clinical summary names the surgery.</summary>
    NotStated,
    /// <summary>The item's own heading ("Post-op physical therapy after carpal tunnel release").</summary>
    ItemHeading,
    /// <summary>The heading of another item of the same request (the surgery requested with it).</summary>
    RequestHeading,
    /// <summary>The clinical summary.</summary>
    Summary,
}
