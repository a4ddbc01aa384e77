using System.Globalization;
using GuidelineEngine.Extraction;
using GuidelineEngine.Extraction.Requests;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Tests;

/// <summary>
/// Sets up one rule and runs it in an NRules session against facts built directly, so that each
/// rule test states only its facts and the expected status. A criterion that does not apply does
/// not fire; its result is then "not applicable" with the reason the explanation would give.
/// </summary>
public abstract class RuleFixture<TRule>
    where TRule : CriterionRule, new()
{
    private static readonly TRule Rule = new();

    // One network per rule under test, compiled once.
    private static readonly Lazy<NRules.ISessionFactory> Network = new(() => RuleSession.Compile(Rule));

    /// <summary>The request the facts are for; override per topic.</summary>
    protected virtual string Request => "Norco 10/325mg #60";

    protected CriterionResult Evaluate(params Fact[] facts) => Evaluate(new RequestDetails(), facts);

    protected CriterionResult Evaluate(RequestDetails details, params Fact[] facts) => Run(Facts(Request, details, facts));

    protected CriterionStatus StatusOf(params Fact[] facts) => Evaluate(facts).Status;

    /// <summary>The status when the requested drug has been taken for <paramref name="weeks"/> weeks.</summary>
    protected CriterionStatus StatusAfterWeeks(int weeks, params Fact[] facts) =>
        Run(Facts(Request, new RequestDetails(), [.. facts, Present(FactKind.RequestedDrugDuration, $"It was started {weeks} weeks ago.", $"{weeks} weeks")], weeks)).Status;

    /// <summary>Inserts the item (and any other facts, such as a surgery's determination), fires, and reads what the rule yielded.</summary>
    protected static CriterionResult Run(ItemFacts item, params object[] others)
    {
        var reviewed = RuleSession.Reviewing(item, Rule);
        var session = RuleSession.Of(Network.Value).Insert([reviewed, .. others]).Fire();
        return session.Outcomes.SingleOrDefault(o => o.Item == reviewed)?.Result
            ?? CriterionResult.NotApplicable(Rule.NotApplicableBecause(item) ?? "did not fire");
    }

    /// <summary>The determination of another item of the request (a surgery), as the session would hold it.</summary>
    protected static ItemDetermination Predicted<TTopic>(int number, string request, Determination predicted)
        where TTopic : TopicPolicy, new() =>
        new(new ReviewedItem(Facts(request, new RequestDetails(), []) with { ItemNumber = number }, new TTopic(), GuidelineEditions.Every), predicted);

    internal static ItemFacts Facts(string request, RequestDetails details, IReadOnlyList<Fact> facts, int? weeks = null, decimal? morphineEquivalent = null)
    {
        var item = new ItemRequest { Number = 1, Heading = request, Request = request, Details = details };
        var read = RequestReader.Read(item, ClinicalVocabulary.Default);
        return RequestReader.Derive(new ItemFacts
        {
            ItemNumber = 1,
            Request = read with { PostOperativeProcedure = PostOperativeProcedures.Of(read, facts, () => []) },
            Mode = EvaluationMode.Prescreen,
            PatientAge = facts.FirstOrDefault(f => f.Kind == FactKind.PatientAge)?.Value is { } age ? int.Parse(age, CultureInfo.InvariantCulture) : null,
            RequestedDrugWeeks = weeks,
            MorphineEquivalentMg = morphineEquivalent,
            Facts = facts,
        });
    }

    /// <summary>A fact the summary documents.</summary>
    protected static Fact Present(FactKind kind, string sentence, string? value = null) =>
        new(kind, value ?? sentence, Polarity.Present, SourceSection.Summary, 0, sentence.Length, sentence, sentence);

    /// <summary>A finding the summary states absent ("no spasm on examination").</summary>
    protected static Fact Denied(FactKind kind, string sentence) =>
        new(kind, sentence, Polarity.Absent, SourceSection.Summary, 0, sentence.Length, sentence, sentence, Absence.Finding);

    /// <summary>A finding the text says is not documented.</summary>
    protected static Fact Undocumented(FactKind kind, string sentence) =>
        new(kind, sentence, Polarity.Absent, SourceSection.Rationale, 0, sentence.Length, sentence, sentence, Absence.Documentation);

    /// <summary>The summary names the requested drug as started.</summary>
    protected static Fact Starting(string drug, string sentence) =>
        new(FactKind.Medication, drug, Polarity.Present, SourceSection.Summary, 0, sentence.Length, sentence, sentence);

    /// <summary>The summary names the requested drug as taken.</summary>
    protected static Fact Taking(string drug, string sentence) =>
        new(FactKind.Medication, drug, Polarity.Present, SourceSection.Summary, 0, sentence.Length, sentence, sentence);
}
