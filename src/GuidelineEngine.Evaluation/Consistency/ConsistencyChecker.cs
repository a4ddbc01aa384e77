using System.Text.RegularExpressions;
using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Consistency;

/// <summary>
/// Classifies an audited item (facts read from the rationale too) by how its recorded outcome
/// stands to the reviewer's stated findings, the clinical record and the guideline cited.
/// </summary>
/// <remarks>
/// Precedence, first that applies: not covered → <see cref="ConsistencyClass.NotJudged"/>;
/// <see cref="ConsistencyClass.FindingContradictedByRecord"/> (a misread record is the root of
/// whatever follows from it); <see cref="ConsistencyClass.GuidelineMismatch"/> (the criteria
/// applied were not the ones that govern the item); <see cref="ConsistencyClass.OutcomeAgainstFindings"/>;
/// no stated finding the rules read → <see cref="ConsistencyClass.NotJudged"/>; else
/// <see cref="ConsistencyClass.Consistent"/>. A discordant item whose deciding criteria rest on no
/// stated finding is not judged either: the rationale does not say why the rules' reading is wrong.
/// Every finding is kept, whatever the class.
/// <para>
/// A criterion rests on a stated finding when the rationale states a fact the criterion cites as
/// evidence, or one the criterion reads: stating the fact the other way round (present for absent)
/// or not at all would change the criterion's status. So a finding counts even where the criterion
/// stopped short of citing it ("no red flag" read by an imaging indication not documented).
/// </para>
/// </remarks>
public sealed partial class ConsistencyChecker
{
    private readonly IReadOnlyList<TopicCitations> topics;
    private readonly IReadOnlyList<TopicPolicy> policies;

    /// <summary>Prepares the checker over a catalogue: each topic's name, guidelines and pages.</summary>
    public ConsistencyChecker(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        policies = catalog.Topics;
        topics = [.. catalog.Topics.Select(t => TopicCitations.Of(t.Name, catalog.Rules.Where(r => r.Topic == t.Name)))];
    }

    /// <summary>Classifies one audited item against its recorded outcome and the MAXIMUS guideline paragraph.</summary>
    public ItemConsistency Check(ItemEvaluation evaluation, Outcome recorded, GuidelineBasis? maximus)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (evaluation.Predicted == Determination.NotCovered || evaluation.Topic is null)
        {
            return new ItemConsistency(ConsistencyClass.NotJudged, [new ConsistencyFinding(ConsistencyClass.NotJudged, $"Not covered: {evaluation.NotCoveredReason ?? "no encoded topic applies"}.")]);
        }

        var findings = new List<ConsistencyFinding>();
        findings.AddRange(Contradictions(evaluation));
        findings.AddRange(Mismatches(evaluation, maximus));
        var stated = StatedFindings.Of(evaluation);
        var agrees = (evaluation.Predicted == Determination.Upheld) == (recorded == Outcome.Upheld);
        if (stated.Count == 0)
        {
            findings.Add(new ConsistencyFinding(ConsistencyClass.NotJudged, NoStatedFinding(evaluation)));
        }
        else if (!agrees)
        {
            findings.AddRange(AgainstFindings(evaluation, recorded, stated));
        }

        var order = new[] { ConsistencyClass.FindingContradictedByRecord, ConsistencyClass.GuidelineMismatch, ConsistencyClass.OutcomeAgainstFindings, ConsistencyClass.NotJudged };
        var chosen = order.FirstOrDefault(c => findings.Any(f => f.Class == c), ConsistencyClass.Consistent);
        if (chosen == ConsistencyClass.Consistent)
        {
            findings.Add(new ConsistencyFinding(ConsistencyClass.Consistent, $"The recorded {recorded} follows from the rationale's stated findings under the {evaluation.Topic} criteria."));
        }

        return new ItemConsistency(chosen, [.. findings.OrderBy(f => f.Class == chosen ? 0 : 1)]);
    }

    // The rationale states a fact absent that the summary documents, or documents one the summary states absent.
    private static IEnumerable<ConsistencyFinding> Contradictions(ItemEvaluation evaluation)
    {
        var seen = new HashSet<FactKind>();
        foreach (var criterion in evaluation.Criteria)
        {
            foreach (var stated in criterion.Result.Evidence.Where(e => e.Section == SourceSection.Rationale && e.Polarity != Polarity.NotMentioned))
            {
                var opposite = stated.Polarity == Polarity.Present ? Polarity.Absent : Polarity.Present;
                var record = evaluation.Facts.Facts.FirstOrDefault(f => f.Kind == stated.Kind && f.Section == SourceSection.Summary && f.Polarity == opposite
                    && (opposite == Polarity.Present || f.Absence == Absence.Finding));
                if (record is null || !seen.Add(stated.Kind))
                {
                    continue;
                }

                var what = KindName(stated.Kind);
                var message = stated.Polarity == Polarity.Absent
                    ? $"The rationale says {what} is not documented or absent, but the clinical summary documents it."
                    : $"The rationale says {what} is documented, but the clinical summary states it absent.";
                yield return new ConsistencyFinding(ConsistencyClass.FindingContradictedByRecord, message, Quote(stated.Sentence), Quote(record.Sentence), criterion.Rule.Id);
            }
        }
    }

    // Discordant items whose deciding criteria rest on what the rationale states.
    private static IEnumerable<ConsistencyFinding> AgainstFindings(ItemEvaluation evaluation, Outcome recorded, IReadOnlyDictionary<CriterionEvaluation, Fact> read)
    {
        var stated = evaluation.DecidingCriteria.Where(read.ContainsKey).ToList();
        if (stated.Count == 0)
        {
            yield return new ConsistencyFinding(ConsistencyClass.NotJudged, $"The recorded {recorded} differs from the rules' reading, but the criteria that decided it rest on no finding the rationale states.");
            yield break;
        }

        foreach (var criterion in stated)
        {
            var sentence = read[criterion].Sentence;
            var message = recorded == Outcome.Upheld
                ? $"The rationale states the criterion met ({criterion.Rule.Criterion}) yet the denial was upheld."
                : $"The rationale states the criterion {(criterion.Result.Status == CriterionStatus.NotMet ? "not met" : "not documented")} ({criterion.Rule.Criterion}) yet the denial was overturned.";
            yield return new ConsistencyFinding(ConsistencyClass.OutcomeAgainstFindings, message, Quote(sentence), Rule: criterion.Rule.Id);
        }
    }

    private IEnumerable<ConsistencyFinding> Mismatches(ItemEvaluation evaluation, GuidelineBasis? maximus)
    {
        if (maximus is null || maximus.Citations.Count == 0)
        {
            yield break;
        }

        var own = topics.First(t => t.Topic == evaluation.Topic);
        var mtus = maximus.Citations.Where(c => c.IsMtus).ToList();
        if (mtus.Count == 0)
        {
            if (evaluation.Source == GuidelineSource.Mtus)
            {
                var applied = evaluation.Criteria.FirstOrDefault(c => c.Rule.IsMtus && c.Result.Status != CriterionStatus.NotApplicable) ?? evaluation.Criteria[0];
                yield return new ConsistencyFinding(ConsistencyClass.GuidelineMismatch,
                    $"Decided on a guideline outside the MTUS ({string.Join("; ", maximus.Citations.Select(c => c.Guideline))}) although the MTUS addresses {evaluation.Topic} ({applied.Citation}).", Rule: applied.Rule.Id);
            }

            yield break;
        }

        var text = string.Join(" ", mtus.Select(c => $"{c.Guideline} {c.Sections}"));
        var pages = mtus.Where(c => TopicCitations.IsChronicPain(c.Guideline)).SelectMany(c => TopicCitations.ParsePages(string.Join(",", c.Pages))).ToHashSet();
        if (own.IsNamedIn(text) || (pages.Count > 0 && own.ChronicPainPages.Overlaps(pages)))
        {
            yield break;
        }

        // Another topic is one that does not cover the item (a compounded topical is both a
        // compound drug and a topical analgesic) and whose criteria sit on other pages than the item's own.
        var covering = policies.Where(p => p.Covers(evaluation.Facts)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var named = topics.Where(t => !covering.Contains(t.Topic) && !t.ChronicPainPages.Overlaps(own.ChronicPainPages)
            && (t.IsNamedIn(text) || (pages.Count > 0 && t.ChronicPainPages.Overlaps(pages)))).Select(t => t.Topic).ToList();
        if (named.Count > 0)
        {
            yield return new ConsistencyFinding(ConsistencyClass.GuidelineMismatch,
                $"The MAXIMUS citation ({Quote(maximus.Text)}) is for {string.Join(", ", named)}, not for the item's topic {evaluation.Topic}.");
            yield break;
        }

        var citedChapters = TopicCitations.ChaptersOf(string.Join(" ", mtus.Select(c => c.Guideline)));
        if (own.Chapters.Count > 0 && citedChapters.Count > 0 && !own.Chapters.Overlaps(citedChapters))
        {
            yield return new ConsistencyFinding(ConsistencyClass.GuidelineMismatch,
                $"The MAXIMUS citation ({Quote(maximus.Text)}) is the ACOEM chapter for {string.Join(", ", citedChapters)}, while {evaluation.Topic} is decided in the chapter for {string.Join(", ", own.Chapters)}.");
        }
    }

    // Why nothing was judged, in the reviewer's terms: what the rationale does state, if anything.
    private static string NoStatedFinding(ItemEvaluation evaluation)
    {
        var kinds = evaluation.Facts.Facts
            .Where(f => f.Section == SourceSection.Rationale && f.Polarity != Polarity.NotMentioned && f.Kind is not (FactKind.Medication or FactKind.UnknownDrug))
            .Select(f => KindName(f.Kind)).Distinct().ToList();
        return kinds.Count == 0
            ? "The rationale states no finding the topic's criteria read: it names no clinical finding the engine recognises."
            : $"The rationale states no finding the topic's criteria read: what it states ({string.Join(", ", kinds)}) would not change any of the {evaluation.Topic} criteria.";
    }

    // "FunctionalImprovement" reads as "functional improvement".
    private static string KindName(FactKind kind) => Words().Replace(kind.ToString(), " $1").Trim().ToLowerInvariant();

    private static string Quote(string sentence) => Whitespace().Replace(sentence, " ").Trim();

    [GeneratedRegex(@"(?<!^)([A-Z])")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
