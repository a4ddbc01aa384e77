using System.Globalization;
using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Tests;

/// <summary>
/// Sets up one rule and evaluates it against facts built directly, so that each rule test states
/// only its facts and the expected status.
/// </summary>
public abstract class RuleFixture<TRule>
    where TRule : CriterionRule, new()
{
    private readonly TRule rule = new();

    /// <summary>The request the facts are for; override per topic.</summary>
    protected virtual string Request => "Norco 10/325mg #60";

    protected CriterionResult Evaluate(params Fact[] facts) => Evaluate(new RequestDetails(), facts);

    protected CriterionResult Evaluate(RequestDetails details, params Fact[] facts) => rule.Evaluate(Facts(Request, details, facts));

    protected CriterionStatus StatusOf(params Fact[] facts) => Evaluate(facts).Status;

    /// <summary>The status when the requested drug has been taken for <paramref name="weeks"/> weeks.</summary>
    protected CriterionStatus StatusAfterWeeks(int weeks, params Fact[] facts) =>
        rule.Evaluate(Facts(Request, new RequestDetails(), [.. facts, Present(FactKind.RequestedDrugDuration, $"It was started {weeks} weeks ago.", $"{weeks} weeks")], weeks)).Status;

    internal static ItemFacts Facts(string request, RequestDetails details, IReadOnlyList<Fact> facts, int? weeks = null, decimal? morphineEquivalent = null)
    {
        var item = new ItemRequest { Number = 1, Heading = request, Request = request, Details = details };
        return RequestReader.Derive(new ItemFacts
        {
            ItemNumber = 1,
            Request = RequestReader.Read(item, ClinicalVocabulary.Default),
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

    /// <summary>The summary names the requested drug as taken.</summary>
    protected static Fact Taking(string drug, string sentence) =>
        new(FactKind.Medication, drug, Polarity.Present, SourceSection.Summary, 0, sentence.Length, sentence, sentence);
}
