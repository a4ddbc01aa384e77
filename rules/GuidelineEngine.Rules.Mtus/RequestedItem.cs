using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;

namespace GuidelineEngine.Rules.Mtus;

/// <summary>What the rules need to know of the requested item beyond single facts.</summary>
public static class RequestedItem
{
    private static readonly string[] TopicalForms = ["cream", "ointment", "gel", "lotion", "patch", "pad", "spray", "solution"];

    /// <summary>The dosage form: from the request's text, else implied by the drug (Lidoderm is a patch).</summary>
    public static string? Form(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Item.Details.Form
            ?? facts.RequestedDrugs.Select(d => d.Form).FirstOrDefault(f => f is not null)
            ?? FormWord(facts.Item.Request);
    }

    /// <summary>True for a cream, ointment, gel, patch or other topical form, or a compound stated in percent.</summary>
    public static bool IsTopical(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var form = Form(facts);
        return (form is not null && TopicalForms.Contains(form))
            || facts.RequestedDrugs.Any(d => d.Class is DrugClass.TopicalCompound or DrugClass.TopicalNSAID or DrugClass.TopicalLidocaine)
            || (facts.Item.Details.Strength?.Contains('%', StringComparison.Ordinal) ?? false);
    }

    /// <summary>Every active ingredient of the requested drugs.</summary>
    public static IReadOnlyList<string> Ingredients(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. facts.RequestedDrugs.SelectMany(d => d.Ingredients).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// True when the patient is already taking the requested drug: the text gives a duration;
    /// the summary names the drug as prescribed or taken, or outside the sentences that only
    /// request or deny it; earlier UR advised a taper; or pain is scored with medication.
    /// </summary>
    public static bool IsOngoing(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status(FactKind.RequestedDrugDuration) == Polarity.Present)
        {
            return true;
        }

        var names = facts.RequestedDrugs.Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = facts.Facts.Any(f => f.Kind == FactKind.Medication && f.Section != SourceSection.ItemHeading
            && f.Value is not null && names.Contains(f.Value) && (InUse(f.Sentence) || !OnlyRequests(f.Sentence)));
        return named
            || facts.Status(FactKind.TaperAdvised) == Polarity.Present
            || facts.Facts.Any(f => f.Kind is FactKind.Analgesia or FactKind.PainScore && f.Polarity == Polarity.Present
                && f.Sentence.Contains("with medication", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] InUseWords = ["prescribed", "taking", "takes", "taken", "current medication", "medications include", "on the medication", "continue", "refill", "renew", "since", "has been on", "had been on", "using"];

    private static readonly string[] RequestWords = ["request", "authoriz", "denied", "non-certif", "recommended", "modified", "certified"];

    private static bool InUse(string sentence) => InUseWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static bool OnlyRequests(string sentence) => RequestWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static string? FormWord(string request) =>
        TopicalForms.FirstOrDefault(f => request.Contains(f, StringComparison.OrdinalIgnoreCase));
}
