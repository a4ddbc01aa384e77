using GuidelineEngine.Model;

namespace GuidelineEngine.Evaluation.Consistency;

/// <summary>Names the guideline a MAXIMUS paragraph decided on, for grouping decisions by guideline.</summary>
public static class CitedGuideline
{
    /// <summary>Shown for a paragraph that cites no guideline.</summary>
    public const string None = "none cited";

    /// <summary>
    /// The first MTUS guideline cited, else the first other one; every Official Disability
    /// Guidelines chapter is "ODG", since reviewers name its chapters many ways.
    /// </summary>
    public static string Of(GuidelineBasis? maximus)
    {
        var citation = maximus?.Citations.FirstOrDefault(c => c.IsMtus) ?? maximus?.Citations.FirstOrDefault();
        if (citation is null)
        {
            return None;
        }

        if (citation.IsMtus)
        {
            return citation.Guideline;
        }

        return citation.Guideline.Contains("ODG", StringComparison.Ordinal) || citation.Guideline.Contains("Official Disability", StringComparison.OrdinalIgnoreCase)
            ? "ODG"
            : "other non-MTUS";
    }
}
