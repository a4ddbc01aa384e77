using System.Globalization;
using System.Text.RegularExpressions;
using GuidelineEngine.Extraction.Rationale;
using GuidelineEngine.Extraction.Requests;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Model;
using GuidelineEngine.Text;

namespace GuidelineEngine.Extraction;

/// <summary>
/// Turns a letter's text into facts for one disputed item. In <see cref="EvaluationMode.Prescreen"/>
/// it reads only the clinical summary and the item heading; in <see cref="EvaluationMode.Audit"/>
/// it also reads the item's rationale, skipping the sentences that quote the guideline.
/// Stateless and safe to use from many threads.
/// </summary>
public sealed partial class FactExtractor
{
    private const int DaysPerWeek = 7;

    // How far after a drug's name a duration may stand and still be said of that drug.
    private const int DurationReach = 80;

    // "for several months" and the like say the drug was taken past any short course without a figure.
    private const int SeveralMonthsInWeeks = 8;

    private readonly ClinicalVocabulary vocabulary;
    private readonly CueTable cues;
    private readonly PolarityClassifier polarity;

    /// <summary>An extractor over the shipped vocabulary and cue table.</summary>
    public FactExtractor()
        : this(ClinicalVocabulary.Default)
    {
    }

    /// <summary>An extractor over the given vocabulary and the shipped cue table.</summary>
    public FactExtractor(ClinicalVocabulary vocabulary)
        : this(vocabulary, CueTable.Default)
    {
    }

    internal FactExtractor(ClinicalVocabulary vocabulary, CueTable cues)
    {
        this.vocabulary = vocabulary;
        this.cues = cues;
        polarity = new PolarityClassifier(cues);
    }

    /// <summary>Extracts the facts for <paramref name="item"/> of <paramref name="letter"/>.</summary>
    public ItemFacts Extract(Letter letter, DisputedItem item, EvaluationMode mode)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(item);
        var record = CaseRecord.From(letter);
        return Extract(record, ItemRequest.From(item, mode), mode, ScanSummary(record), [.. letter.Items.Select(i => ItemRequest.From(i, mode))]);
    }

    /// <summary>Extracts the facts for every item of <paramref name="letter"/>, reading the summary once.</summary>
    public IReadOnlyList<ItemFacts> ExtractAll(Letter letter, EvaluationMode mode)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return ExtractAll(CaseRecord.From(letter), [.. letter.Items.Select(i => ItemRequest.From(i, mode))], mode);
    }

    /// <summary>Extracts the facts for every requested item of a case, reading the clinical text once.</summary>
    public IReadOnlyList<ItemFacts> ExtractAll(CaseRecord record, IReadOnlyList<ItemRequest> items, EvaluationMode mode)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(items);
        var summary = ScanSummary(record);
        return [.. items.Select(item => Extract(record, item, mode, summary, items))];
    }

    private SectionScan ScanSummary(CaseRecord record)
    {
        var scan = new SectionScan();
        AddDemographics(record, scan.Facts);
        Scan(SourceSection.Summary, record.ClinicalSummary, scan);
        return scan;
    }

    private ItemFacts Extract(CaseRecord record, ItemRequest item, EvaluationMode mode, SectionScan summary, IReadOnlyList<ItemRequest> items)
    {
        var scan = new SectionScan(summary);
        Scan(SourceSection.ItemHeading, item.Heading, scan);
        if (mode == EvaluationMode.Audit && item.Rationale is { } rationale)
        {
            Scan(SourceSection.Rationale, rationale, scan);
        }

        var request = RequestReader.Read(item, vocabulary);
        var requested = request.Drugs.ToList();
        var facts = scan.Facts;
        var requestDate = RequestDateOf(record);
        if (requestDate is DateOnly date)
        {
            facts.Add(new Fact(FactKind.RequestDate, ClinicalDates.ToIso(date), Polarity.Present, SourceSection.Header, -1, 0, string.Empty, string.Empty));
        }

        AddTimeSinceInjury(record, requestDate, facts);
        AddFirstLineTrials(facts, scan.Mentions);
        var weeks = AddRequestedDrugDuration(requested, requestDate, scan.Mentions, facts);
        AddNotMentioned(facts);

        return RequestReader.Derive(new ItemFacts
        {
            ItemNumber = item.Number,
            Request = request with { PostOperativeProcedure = PostOperativeProcedures.Of(request, facts, () => OtherHeadingFacts(items, item)) },
            Mode = mode,
            RequestDate = requestDate,
            RecordDate = requestDate ?? ClinicalDates.Latest(record.ClinicalSummary),
            PatientAge = record.PatientAge,
            RequestedDrugWeeks = weeks,
            MorphineEquivalentMg = MorphineEquivalentOf(facts),
            Facts = facts,
        });
    }

    // The facts of the other items' headings: the surgery a post-operative item follows is often requested with it.
    private List<Fact> OtherHeadingFacts(IReadOnlyList<ItemRequest> items, ItemRequest item)
    {
        var scan = new SectionScan();
        foreach (var other in items.Where(i => i.Number != item.Number))
        {
            Scan(SourceSection.ItemHeading, other.Heading, scan);
        }

        return scan.Facts;
    }

    private void Scan(SourceSection section, string text, SectionScan scan)
    {
        // Letters wrap lines mid-sentence; cues are matched on the text with line breaks as spaces
        // (one character for one, so offsets still point into the original).
        var flat = text.Replace('\r', ' ').Replace('\n', ' ');
        var sentences = SentenceSplitter.Split(flat);
        var afterReviewAccount = false;
        for (var s = 0; s < sentences.Count; s++)
        {
            var (start, end) = sentences[s];
            var sentence = flat[start..end];
            if (section == SourceSection.Rationale && !RationaleReader.StatesAFinding(sentence))
            {
                continue;
            }

            var next = s + 1 < sentences.Count ? flat[sentences[s + 1].Start..sentences[s + 1].End] : null;
            var facts = new List<Fact>();
            var mentions = new List<(Fact Fact, DrugEntry Drug, string Sentence, string? Next)>();
            AddMedications(section, sentence, start, next, facts, mentions);
            AddCueFacts(section, sentence, start, facts);
            if (section == SourceSection.Rationale)
            {
                RationaleReader.Default.AddFacts(sentence, start, facts);
            }

            // In the summary, who speaks: a fact inside the account of the UR decision is what UR said.
            var (role, reviewStart) = section == SourceSection.Summary ? StatementRoles.Of(sentence, afterReviewAccount) : (StatementRole.Report, sentence.Length);
            afterReviewAccount = role == StatementRole.UtilizationReview;

            // Evidence quotes the letter as written, line breaks included.
            var original = text[start..end];
            var quoted = facts.ToDictionary(
                f => (object)f,
                f => f with
                {
                    Sentence = original,
                    Text = text.Substring(f.Start, f.Length),
                    Role = role != StatementRole.UtilizationReview ? role : f.Start - start >= reviewStart ? StatementRole.UtilizationReview : StatementRole.Report,
                    Regions = f.Start >= start ? RegionFinder.Around(sentence, f.Start - start) : [],
                },
                ReferenceEqualityComparer.Instance);
            scan.Facts.AddRange(facts.Select(f => quoted[f]));
            scan.Mentions.AddRange(mentions.Select(m => (quoted[m.Fact], m.Drug, m.Sentence, m.Next)));
        }
    }

    /// <summary>The facts and drug mentions found so far; copied so that one summary scan serves every item.</summary>
    private sealed class SectionScan
    {
        public SectionScan()
        {
        }

        public SectionScan(SectionScan from)
        {
            Facts.AddRange(from.Facts);
            Mentions.AddRange(from.Mentions);
        }

        public List<Fact> Facts { get; } = [];

        public List<(Fact Fact, DrugEntry Drug, string Sentence, string? Next)> Mentions { get; } = [];
    }

    private static void AddDemographics(CaseRecord record, List<Fact> facts)
    {
        if (record.PatientAge is int age)
        {
            facts.Add(Derived(FactKind.PatientAge, age.ToString(CultureInfo.InvariantCulture), SourceSection.Summary));
        }

        if (record.PatientSex is Sex sex)
        {
            facts.Add(Derived(FactKind.PatientSex, sex.ToString(), SourceSection.Summary));
        }
    }

    private void AddMedications(SourceSection section, string sentence, int offset, string? next, List<Fact> facts, List<(Fact, DrugEntry, string, string?)> mentions)
    {
        foreach (var match in vocabulary.FindDrugs(sentence))
        {
            // A named drug is documented as named: "UR denied the request for Norco" still names Norco.
            var fact = new Fact(FactKind.Medication, match.Drug!.Name, Polarity.Present, section, offset + match.Start, match.Length, match.Text, sentence);
            facts.Add(fact);
            mentions.Add((fact, match.Drug, sentence, next));
        }

        foreach (Match candidate in DrugWithStrength().Matches(sentence))
        {
            var name = candidate.Groups["name"].Value;
            if (vocabulary.ResolveDrug(name) is null && !NotDrugNames.Contains(name) && vocabulary.FindDrugs(candidate.Value).Count == 0)
            {
                facts.Add(new Fact(FactKind.UnknownDrug, name, Polarity.Present, section, offset + candidate.Index, candidate.Length, candidate.Value, sentence));
            }
        }
    }

    private void AddCueFacts(SourceSection section, string sentence, int offset, List<Fact> facts)
    {
        // Only the kinds whose literals occur in the sentence can match it.
        Span<bool> candidates = stackalloc bool[cues.Prefilter.Count];
        cues.Prefilter.Mark(sentence, candidates);
        for (var k = 0; k < candidates.Length; k++)
        {
            if (!candidates[k])
            {
                continue;
            }

            // The earliest cue in the sentence speaks for the kind: its negation window is the one the writer meant.
            var kind = cues.Kinds[k];
            var match = kind.Cue.Match(sentence);
            if (kind.AbsentCue?.Match(sentence) is { Success: true } absent && (!match.Success || absent.Index <= match.Index))
            {
                // The phrase states the absence itself ("negative provocative testing"): no trigger to look for.
                facts.Add(kind.Assessed
                    ? new Fact(kind.Kind, Fact.NoneReported, Polarity.Present, section, offset + absent.Index, absent.Length, absent.Value, sentence)
                    : new Fact(kind.Kind, absent.Value, Polarity.Absent, section, offset + absent.Index, absent.Length, absent.Value, sentence, Absence.Finding));
            }
            else if (match.Success)
            {
                var (pol, value, absence) = polarity.Classify(sentence, match.Index, match.Index + match.Length, kind.Assessed, kind.Test);
                facts.Add(new Fact(kind.Kind, value ?? match.Value, pol, section, offset + match.Index, match.Length, match.Value, sentence, absence));
            }
        }
    }

    private static void AddFirstLineTrials(List<Fact> facts, List<(Fact Fact, DrugEntry Drug, string Sentence, string? Next)> mentions)
    {
        foreach (var (fact, drug, _, _) in mentions)
        {
            if (drug.Class == DrugClass.AntiEpileptic || (drug.Class == DrugClass.Antidepressant && drug.Subclass is "TCA" or "SNRI"))
            {
                facts.Add(fact with { Kind = FactKind.FirstLineTrial, Value = drug.Name });
            }
        }
    }

    private static int? AddRequestedDrugDuration(List<DrugEntry> requested, DateOnly? requestDate, List<(Fact Fact, DrugEntry Drug, string Sentence, string? Next)> mentions, List<Fact> facts)
    {
        int? weeks = null;
        foreach (var (fact, drug, sentence, next) in mentions)
        {
            if (!requested.Contains(drug) || fact.Polarity != Polarity.Present)
            {
                continue;
            }

            // The duration must follow the drug's name in its own sentence ("Flexeril since at least 06/02/2014"),
            // or be said of "this medication" in the next one.
            var mentionAt = sentence.IndexOf(fact.Text, StringComparison.Ordinal);
            var afterMention = mentionAt >= 0 ? sentence[mentionAt..Math.Min(sentence.Length, mentionAt + fact.Text.Length + DurationReach)] : sentence;
            foreach (var text in new[] { afterMention, next }.OfType<string>())
            {
                if (text == next && !ThisMedication().IsMatch(text))
                {
                    continue;
                }

                var (value, found) = DurationIn(text, requestDate);
                if (value is null)
                {
                    continue;
                }

                facts.Add(text == next
                    ? fact with { Kind = FactKind.RequestedDrugDuration, Value = value, Sentence = text, Start = -1, Length = 0, Text = string.Empty }
                    : fact with { Kind = FactKind.RequestedDrugDuration, Value = value });
                // The account of the UR decision is what UR said, not a course the record shows.
                if (found is int w && fact.Role != StatementRole.UtilizationReview)
                {
                    weeks = Math.Max(weeks ?? 0, w);
                }
            }
        }

        return weeks;
    }

    private static (string? Value, int? Weeks) DurationIn(string text, DateOnly? requestDate)
    {
        var since = SinceDate().Match(text);
        if (since.Success && ClinicalDates.ParseOne(since.Groups["date"].Value) is DateOnly start)
        {
            var weeks = requestDate is DateOnly end && end >= start ? (end.DayNumber - start.DayNumber) / DaysPerWeek : (int?)null;
            var value = $"since {start:yyyy-MM-dd}" + (weeks is int w ? $" ({w} weeks before the request)" : string.Empty);
            return (value, weeks);
        }

        var span = ForPeriod().Match(text);
        if (span.Success)
        {
            var unit = span.Groups["unit"].Value.ToUpperInvariant();
            var count = span.Groups["n"].Value.ToUpperInvariant() switch
            {
                "SEVERAL" or "MANY" or "MULTIPLE" => (int?)null,
                var n => NumberWords.Parse(n),
            };
            int? weeks = unit.StartsWith("WEEK", StringComparison.Ordinal) ? count
                : unit.StartsWith("MONTH", StringComparison.Ordinal) ? (count is int m ? m * 4 : SeveralMonthsInWeeks)
                : unit.StartsWith("YEAR", StringComparison.Ordinal) ? (count is int y ? y * 52 : 52)
                : null;
            return (span.Value, weeks);
        }

        var longTerm = LongTermUse().Match(text);
        return longTerm.Success ? (longTerm.Value, null) : (null, null);
    }

    private static DateOnly? RequestDateOf(CaseRecord record)
    {
        if (record.RequestDate is DateOnly ur)
        {
            return ur;
        }

        var match = UrDecision().Match(record.ClinicalSummary);
        if (match.Success && ClinicalDates.ParseOne(match.Value) is DateOnly fromSummary)
        {
            return fromSummary;
        }

        return record.DecisionDate;
    }

    private static void AddTimeSinceInjury(CaseRecord record, DateOnly? requestDate, List<Fact> facts)
    {
        var injury = record.DateOfInjury;
        if (injury is null)
        {
            var match = InjuryDate().Match(record.ClinicalSummary);
            injury = match.Success ? ClinicalDates.ParseOne(match.Value) : null;
        }

        if (injury is not DateOnly date)
        {
            return;
        }

        facts.Add(Derived(FactKind.DateOfInjury, ClinicalDates.ToIso(date), SourceSection.Summary));
        if (requestDate is DateOnly end && end >= date)
        {
            facts.Add(Derived(FactKind.TimeSinceInjury, ((end.DayNumber - date.DayNumber) / DaysPerWeek).ToString(CultureInfo.InvariantCulture) + " weeks", SourceSection.Summary));
        }
    }

    private static decimal? MorphineEquivalentOf(List<Fact> facts)
    {
        foreach (var fact in facts.Where(f => f.Kind == FactKind.MorphineEquivalentDose && f.Polarity == Polarity.Present))
        {
            var number = LeadingNumber().Match(fact.Text);
            if (number.Success)
            {
                return decimal.Parse(number.Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static void AddNotMentioned(List<Fact> facts)
    {
        var seen = facts.Select(f => f.Kind).ToHashSet();
        facts.AddRange(Enum.GetValues<FactKind>().Where(k => !seen.Contains(k)).Select(Fact.NotMentioned));
    }

    private static Fact Derived(FactKind kind, string value, SourceSection section) =>
        new(kind, value, Polarity.Present, section, -1, 0, string.Empty, string.Empty);

    private static readonly HashSet<string> NotDrugNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Tablet", "Tablets", "Capsule", "Capsules", "Cream", "Ointment", "Patch", "Gel", "Dose", "Dosage", "Take", "Than", "Were", "Versus",
        "Approximately", "Least", "Above", "Being", "Possibly", "Indicate", "Improved", "Saturation", "Suspension", "Each", "From", "With",
    };

    [GeneratedRegex(@"\b(?<name>[A-Z][A-Za-z]{3,}(?:-[A-Za-z]+)?)\s+\(?\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)*\s*(?:mg|mcg)\b")]
    private static partial Regex DrugWithStrength();

    [GeneratedRegex(@"\b(?:this|the) (?:medication|drug|muscle relaxant|opioid)\b|\bit was\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisMedication();

    [GeneratedRegex(@"\b(?:since(?: at least)?|first (?:mentioned|noted|prescribed|documented|dispensed)(?: (?:in|on))?(?: the)?|starting|started(?: on)?|beginning)\s+(?<date>(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}))", RegexOptions.IgnoreCase)]
    private static partial Regex SinceDate();

    [GeneratedRegex(@"\b(?:for|over)\s+(?:the\s+)?(?:past\s+|last\s+|at least\s+)?(?<n>\d+|several|many|multiple|" + NumberWords.Pattern + @")\s+(?<unit>weeks?|months?|years?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForPeriod();

    [GeneratedRegex(@"\b(?:long[- ]term|chronic(?:ally)?(?= (?:use|usage|opioid))|ongoing|continued|continuing|refill(?:ed|s)?|renew(?:ed|al)?|prolonged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LongTermUse();

    [GeneratedRegex(@"(?:(?:non-?certif\w*|denied|modified|utilization review|\bUR\b)(?:[^.]|\.(?=\d)){0,80}?(?:on|dated)\s+\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2}))|(?:(?:on|dated)\s+\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})(?=[^.]{0,40}(?:utilization review|\bUR\b|non-?certif)))", RegexOptions.IgnoreCase)]
    private static partial Regex UrDecision();

    [GeneratedRegex(@"(?:injur\w*|date of injury|claim)[^.]{0,30}?(?:on|from|of|date on)\s+(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2})|\d{1,2}/\d{1,2}/\d{2,4}(?= date of injury)", RegexOptions.IgnoreCase)]
    private static partial Regex InjuryDate();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex LeadingNumber();
}
