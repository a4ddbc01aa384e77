namespace GuidelineEngine.Model;

/// <summary>One disputed item or service of an IMR letter and its recorded decision.</summary>
public sealed record DisputedItem
{
    /// <summary>The item's position in the letter, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>The item heading as written, including the outcome, line breaks folded to spaces.</summary>
    public required string Heading { get; init; }

    /// <summary>The request that IMR decided (for a modified request, the remaining IMR-eligible part).</summary>
    public required string Request { get; init; }

    /// <summary>The original and authorized requests when UR modified the request; otherwise null.</summary>
    public ModifiedRequest? Modification { get; init; }

    /// <summary>The recorded outcome.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>The guideline the claims administrator based the UR decision on.</summary>
    public GuidelineBasis? ClaimsAdministratorGuideline { get; init; }

    /// <summary>The guideline the IMR expert reviewer based the decision on.</summary>
    public GuidelineBasis? MaximusGuideline { get; init; }

    /// <summary>The decision rationale text, line breaks kept.</summary>
    public required string Rationale { get; init; }

    /// <summary>What the request text states: drug, strength, form, quantity or sessions and body part.</summary>
    public required RequestDetails Details { get; init; }
}
