using System.Text.RegularExpressions;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Extraction.Rationale;

/// <summary>
/// Reads a reviewer's decision rationale (audit mode only) for the findings it states about the
/// case: which sentences speak of this patient rather than quote the guideline or state the
/// outcome, and the phrasings only reviewers use ("there is no evidence of red flags", "has not
/// trialed and failed conservative care"), from <c>Rationale/rationale-cues.json</c>, with the
/// summary's negation grammar. The summary's own cues are read from the same sentences by
/// <see cref="FactExtractor"/>; where a reviewer's phrasing of a kind matches, it speaks for that kind.
/// </summary>
internal sealed partial class RationaleReader
{
    private const string CueFile = "Rationale/rationale-cues.json";

    private readonly CueTable cues;
    private readonly PolarityClassifier polarity;

    private RationaleReader(CueTable cues)
    {
        this.cues = cues;
        polarity = new PolarityClassifier(cues);
    }

    /// <summary>The reader over the shipped rationale cues and the summary's negation grammar.</summary>
    public static RationaleReader Default { get; } = Load(
        ClinicalVocabulary.ReadResource(typeof(RationaleReader).Assembly, "GuidelineEngine.Extraction.cues.json"),
        ClinicalVocabulary.ReadResource(typeof(RationaleReader).Assembly, "GuidelineEngine.Extraction.Rationale.rationale-cues.json"));

    /// <summary>The kinds the reviewers' phrasings speak for.</summary>
    public IEnumerable<FactKind> Kinds => cues.Kinds.Select(k => k.Kind);

    /// <summary>A reader with the negation grammar of <paramref name="grammarJson"/> (its kinds left out) and the kinds of <paramref name="rationaleJson"/>.</summary>
    public static RationaleReader Load(string grammarJson, string rationaleJson)
    {
        var grammar = JObject.Parse(grammarJson);
        grammar["kinds"] = new JObject();
        return new RationaleReader(CueTable.Load(grammar.ToString(), [(CueFile, rationaleJson)]));
    }

    /// <summary>
    /// Whether a rationale sentence states a finding about this case. A rationale quotes the
    /// guideline at length ("ODG states ...", "MTUS recommends ... when ..."), restates the request
    /// and what the claims administrator authorized of it, and ends on the outcome; none of these is
    /// a finding. A sentence that opens on the case ("In this case", "There is no documentation")
    /// is a finding even when it names the guideline.
    /// </summary>
    public static bool StatesAFinding(string sentence) =>
        !(StatesTheOutcome().IsMatch(sentence) && !GivesAReason().IsMatch(sentence)) && !RestatesTheRequest().IsMatch(sentence)
        && (CaseOpening().IsMatch(sentence) || (AboutTheCase().IsMatch(sentence) && !QuotesGuideline().IsMatch(sentence)));

    /// <summary>
    /// Adds the facts of the reviewers' phrasings found in <paramref name="sentence"/> (at
    /// <paramref name="offset"/> in the rationale) to that sentence's <paramref name="facts"/>; a
    /// kind they find replaces what the summary's cues read of it in the same sentence.
    /// </summary>
    public void AddFacts(string sentence, int offset, List<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var kind in cues.Kinds)
        {
            // The earliest phrasing in the sentence speaks for the kind, as for the summary's cues.
            var match = kind.Cue.Match(sentence);
            if (!match.Success)
            {
                continue;
            }

            var (pol, value, absence) = polarity.Classify(sentence, match.Index, match.Index + match.Length, kind.Assessed);
            facts.RemoveAll(f => f.Kind == kind.Kind);
            facts.Add(new Fact(kind.Kind, value ?? match.Value, pol, SourceSection.Rationale, offset + match.Index, match.Length, match.Value, sentence, absence));
        }
    }

    [GeneratedRegex(@"^\W*(?:(?:Additionally|Furthermore|Moreover|However|Also|In addition|Here|Given (?:this|the above)|As such|Based on the (?:clinical|medical|submitted) (?:notes?|records?|documentation)(?: submitted| provided)?(?: for review)?),?\s+)?(?:in this case|in this instance|here\b|(?:due to|given|in the absence of|without) (?:the )?(?:lack|absence) of\b|there (?:is|was|were|are) (?:no|not|a lack|lack|little|insufficient)|no (?:documentation|evidence|indication|discussion|specific)|the (?:patient|injured worker|IW|claimant|employee|applicant|worker|treater|treating physician|requesting physician|attending provider|provider|documentation|records?|(?:submitted|reviewed|medical|clinical) (?:and reviewed )?(?:documentation|records?|notes?|reports?))\b|(?:he|she) (?:has|had|is|was|does|did|reported|presented)\b|regarding this (?:claimant|patient|worker)'s case|(?:the|this|a|an) (?:\w+ ){0,2}request(?:ed)?\b(?=[^.]{0,150}\b(?:exceed\w*|in excess of)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex CaseOpening();

    [GeneratedRegex(@"\b(?:this case|the patient|the injured worker|the IW|the claimant|the employee|the worker|the applicant|documentation|documented|the records?|the reports?|the treater|treating physician|requesting physician|provider|there (?:is|was|were|are) no|no (?:discussion|indication|evidence|specific)|(?:is|are|was|were) (?:discussed|documented|noted|described|identified|reported|found|observed)|medical records?|prior UR|UR decisions?|utilization review|this (?:medication|request|report)|the current request|the concurrent(?:ly)? request\w*|per this|(?:physical )?exam(?:ination)? (?:revealed|showed|demonstrated|documented|noted|did not)|(?:he|she) (?:has|had|is|was|does|did|reports?|reported))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheCase();

    // What the guideline or general knowledge says of a treatment ("is often used in cases such as ...", MTUS's "The intended goal or effect of Manual Medicine is ...").
    [GeneratedRegex(@"\b(?:recommend\w*|guidelines?|MTUS|ODG|ACOEM|criteria|FDA|studies|should be|may be|is indicated for|are indicated for|evidence[- ]based|(?:is|are) (?:often|generally|usually|typically|commonly|widely) (?:used|done|performed|recommended|indicated|accepted)|intended goal or effect)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuotesGuideline();

    // The outcome itself ("Therefore, the request for ... is not medically necessary"): the decision, not a finding.
    [GeneratedRegex(@"^\W*(?:(?:Therefore|Thus|Hence|As such|Consequently|Accordingly|Given the above|Based on the above|In the absence of such evidence|For (?:this|these) reasons?),?\s+)?(?:the|this)\s+(?:current\s+|original\s+|remaining\s+)?request\b[^.]*?\b(?:is|was|are|were)\s+(?:not\s+)?(?:considered\s+|determined to (?:not )?be\s+|deemed\s+)?(?:medically necessary|medically appropriate|supported|certified|recommended)\b|\bmedical necessity (?:has|have|is|was)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatesTheOutcome();

    // "... is not medically necessary due to lack of documentation of ..." states the finding it rests on.
    [GeneratedRegex(@"\b(?:due to|because|since|given (?!the above\b|this\b)|in the absence of (?!such\b|this\b)|without|as there (?:is|was|are|were))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GivesAReason();

    // IMR's account of a request authorized in part names the item, not a finding about the patient.
    [GeneratedRegex(@"\bwas the original request\b|\bauthorized by the Claims Administrator\b|\bIMR eligible\b", RegexOptions.IgnoreCase)]
    private static partial Regex RestatesTheRequest();
}
