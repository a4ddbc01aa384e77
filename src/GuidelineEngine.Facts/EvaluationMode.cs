namespace GuidelineEngine.Facts;

/// <summary>Which parts of a letter facts may come from. The two are never mixed.</summary>
public enum EvaluationMode
{
    /// <summary>The clinical summary and the item heading only: what a reviewer has before deciding.</summary>
    Prescreen,

    /// <summary>Also the reviewer's rationale, to check that its findings support its outcome.</summary>
    Audit,
}
