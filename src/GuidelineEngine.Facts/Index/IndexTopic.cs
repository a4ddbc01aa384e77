namespace GuidelineEngine.Facts.Index;

/// <summary>
/// One topic of the guideline topic index: where the guideline treats it, what it says of it, the
/// words requests name it by, and which encoded topic (if any) decides it.
/// </summary>
public sealed record IndexTopic
{
    /// <summary>A stable id, unique across the index, e.g. <c>cpmtg.low-level-laser-therapy</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The guideline's name, e.g. <c>MTUS Chronic Pain Medical Treatment Guidelines</c>.</summary>
    public required string Guideline { get; init; }

    /// <summary>The edition the row speaks of, e.g. <c>2009</c>, <c>2004</c>, <c>ODG</c>.</summary>
    public required string Edition { get; init; }

    /// <summary>The chapter or part of the guideline.</summary>
    public required string Chapter { get; init; }

    /// <summary>The topic as the guideline titles it.</summary>
    public required string Topic { get; init; }

    /// <summary>The pages or section cited; empty when neither is known.</summary>
    public string Pages { get; init; } = string.Empty;

    /// <summary>True when a letter confirms the pages; false when they are still to be confirmed.</summary>
    public bool PagesConfirmed { get; init; }

    /// <summary>What the guideline says of the topic.</summary>
    public required TopicStatus Status { get; init; }

    /// <summary>The status in the guideline's own words, when more than the status says.</summary>
    public string StatusText { get; init; } = string.Empty;

    /// <summary>The kind of request the topic is.</summary>
    public required RequestFamily Family { get; init; }

    /// <summary>True for an MTUS guideline; false for one used where the MTUS is silent (ODG, ACOEM 3rd edition).</summary>
    public required bool Mtus { get; init; }

    /// <summary>Request phrasings, brand and generic names, abbreviations and misspellings that name the topic.</summary>
    public IReadOnlyList<string> Phrasings { get; init; } = [];

    /// <summary>The encoded topic policy (its name) that decides the topic's requests, when one does.</summary>
    public string? EncodedTopic { get; init; }

    /// <summary>Why no rule decides the topic, when none does and the guideline recommends it in some form.</summary>
    public string? Reason { get; init; }

    /// <summary>The index file the row comes from, for error messages.</summary>
    public string File { get; init; } = string.Empty;

    /// <summary>True for a topic the guideline does not recommend (not recommended or under study).</summary>
    public bool IsNotRecommended => Status is TopicStatus.NotRecommended or TopicStatus.UnderStudy;

    /// <summary>The citation as a reader looks it up, e.g. <c>MTUS Chronic Pain Medical Treatment Guidelines (2009), Low-level laser therapy (LLLT), p. 57 (page to be confirmed)</c> or <c>Non-MTUS: Official Disability Guidelines (ODG), Knee, Shoulder, Kinesio taping</c>.</summary>
    public string Citation
    {
        get
        {
            var edition = Edition is "ODG" or "n/a" ? string.Empty : $" ({Edition})";
            var prefix = $"{(Mtus ? string.Empty : "Non-MTUS: ")}{Guideline}{edition}";
            if (string.IsNullOrWhiteSpace(Pages))
            {
                return $"{prefix}, {Topic}";
            }

            // A section-style citation ("Knee, Kinesio taping", "9792.24.3") names the place itself; pages follow the topic.
            if (Pages.Any(char.IsLetter) && !Pages.StartsWith("Table", StringComparison.Ordinal))
            {
                return $"{prefix}, {Pages}";
            }

            var pages = Pages.StartsWith("Table", StringComparison.Ordinal) || Pages.Contains('.', StringComparison.Ordinal) ? Pages
                : $"{(Pages.Contains('-', StringComparison.Ordinal) || Pages.Contains(',', StringComparison.Ordinal) ? "pp." : "p.")} {Pages}";
            return $"{prefix}, {Topic}, {pages}{(PagesConfirmed ? string.Empty : " (page to be confirmed)")}";
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Topic})";
}
