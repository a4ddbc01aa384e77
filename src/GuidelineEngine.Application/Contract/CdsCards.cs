using System.Globalization;
using System.Text;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Reporting;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Application.Contract;

/// <summary>
/// CDS Hooks 2.0 cards for a pre-screen: one per requested item, its summary under 140
/// characters, its indicator (info when every criterion is met or no topic covers the item,
/// warning when documentation is missing or a criterion is not met, critical only where the
/// guideline does not recommend the item), the checklist in Markdown, the guideline as source, a
/// link to the pre-screen page and the physician disclaimer.
/// </summary>
public static class CdsCards
{
    /// <summary>The longest summary the specification allows is under this many characters.</summary>
    public const int SummaryLimit = 140;

    /// <summary>The card's label for where its advice comes from when no guideline topic applies.</summary>
    public const string EngineLabel = "GuidelineEngine (California MTUS rules)";

    /// <summary>
    /// The response: <c>cards</c>, and the disclaimer as an extension of the response. Each card's
    /// <c>extension</c> carries the disclaimer and, for a system that files the result, the
    /// prediction, topic and documentation missing as the API gives them.
    /// </summary>
    /// <param name="result">The pre-screen.</param>
    /// <param name="notSent">The prefetch keys the EHR did not send, each with its query.</param>
    /// <param name="pageUrl">The absolute URL of the pre-screen page.</param>
    public static object Response(FhirPrescreenResult result, IReadOnlyList<string> notSent, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(notSent);
        var cards = result.Problems.Count > 0
            ? NotPrescreened(result, notSent, pageUrl)
            : result.Items.Select((item, i) => Card(item, result.Note.Items[i], notSent, pageUrl)).ToList();
        return new { cards, extension = Disclaimer() };
    }

    /// <summary>The indicator for an evaluation: critical only where a criterion that the guideline states as "not recommended" is not met.</summary>
    public static string Indicator(ItemEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (evaluation.Predicted != Determination.Upheld)
        {
            return "info";
        }

        return evaluation.Criteria.Any(c => c.Result.Status == CriterionStatus.NotMet && c.Rule.Criterion.StartsWith("Not recommended", StringComparison.OrdinalIgnoreCase))
            ? "critical"
            : "warning";
    }

    /// <summary>The card's one line: the item and what the pre-screen found, cut to stay under <see cref="SummaryLimit"/> characters.</summary>
    public static string Summary(string item, ItemEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(evaluation);
        var guideline = evaluation.Source == GuidelineSource.NonMtus ? "guideline" : "MTUS";
        var notDocumented = evaluation.Criteria.Count(c => c.Result.Status == CriterionStatus.NotDocumented);
        var notMet = evaluation.Criteria.Count(c => c.Result.Status == CriterionStatus.NotMet);
        var finding = evaluation.Predicted switch
        {
            Determination.NotCovered => "no encoded MTUS topic covers it",
            Determination.Overturned => $"every {guideline} criterion documented",
            _ when Indicator(evaluation) == "critical" => $"the {guideline} does not recommend it",
            _ => string.Join(", ", new[]
            {
                notDocumented > 0 ? Count(notDocumented, $"{guideline} criterion", $"{guideline} criteria") + " not documented" : null,
                notMet > 0 ? Count(notMet, $"{guideline} criterion", $"{guideline} criteria") + " not met" : null,
            }.OfType<string>()),
        };
        return Fit(item, finding);
    }

    private static object Card(EvaluatedItem item, string text, IReadOnlyList<string> notSent, string pageUrl)
    {
        var evaluation = item.Evaluation;
        return new
        {
            uuid = Guid.NewGuid().ToString(),
            summary = Summary(text, evaluation),
            indicator = Indicator(evaluation),
            detail = Detail(evaluation, notSent),
            source = new
            {
                label = evaluation.Topic is null ? EngineLabel : $"California MTUS, {evaluation.EditionName} edition ({evaluation.Topic})",
            },
            links = Links(pageUrl),
            extension = new Dictionary<string, object?>
            {
                [EvaluationJson.DisclaimerField] = PhysicianDisclaimer.Text,
                ["predicted"] = evaluation.Predicted.ToString(),
                ["topic"] = evaluation.Topic,
                ["missingDocumentation"] = evaluation.MissingDocumentation,
            },
        };
    }

    // Nothing could be evaluated: one card per ordered item (or one in all) saying what was missing.
    private static List<object> NotPrescreened(FhirPrescreenResult result, IReadOnlyList<string> notSent, string pageUrl)
    {
        var detail = new StringBuilder("**Not pre-screened.** The request lacks what a pre-screen needs:\n\n");
        foreach (var (field, message) in result.Problems)
        {
            detail.Append(CultureInfo.InvariantCulture, $"- {Escape($"{field}: {message}")}\n");
        }

        AppendNotSent(detail, notSent);
        AppendFooter(detail);
        var items = result.Note.Items.Count > 0 ? result.Note.Items : ["The orders"];
        return [.. items.Select(item => (object)new
        {
            uuid = Guid.NewGuid().ToString(),
            summary = Fit(item, result.Input.Missing.Contains(Fhir.FhirPrescreenMapper.NoNote) ? "not pre-screened: no clinical note was sent" : "not pre-screened"),
            indicator = "info",
            detail = detail.ToString(),
            source = new { label = EngineLabel },
            links = Links(pageUrl),
            extension = Disclaimer(),
        })];
    }

    private static string Detail(ItemEvaluation evaluation, IReadOnlyList<string> notSent)
    {
        var detail = new StringBuilder();
        detail.Append(CultureInfo.InvariantCulture, $"**Predicted: {evaluation.Predicted}**");
        detail.Append(Escape(evaluation.Topic is null
            ? $" (not covered: {evaluation.NotCoveredReason})"
            : $" · topic {evaluation.Topic} · {evaluation.EditionName} edition ({evaluation.EditionReason})"));
        detail.Append("\n\n");
        if (evaluation.Criteria.Count > 0)
        {
            detail.Append("**Criteria**\n\n");
            foreach (var criterion in evaluation.Criteria)
            {
                detail.Append(CultureInfo.InvariantCulture, $"- **{StatusWord(criterion.Result.Status)}** · *{Escape(CriterionName.Of(criterion.Rule.Id))}*: {Escape(criterion.Rule.Criterion)}  \n");
                detail.Append(CultureInfo.InvariantCulture, $"  {Escape(criterion.Result.Reason)} ({Escape(criterion.Citation)}; `{criterion.Rule.Id}`)\n");
            }

            detail.Append('\n');
        }

        if (evaluation.MissingDocumentation.Count > 0)
        {
            detail.Append("**Documentation missing**\n\n");
            foreach (var missing in evaluation.MissingDocumentation)
            {
                detail.Append(CultureInfo.InvariantCulture, $"- {Escape(missing)}\n");
            }

            detail.Append('\n');
        }

        AppendNotSent(detail, notSent);
        AppendFooter(detail);
        return detail.ToString();
    }

    private static void AppendNotSent(StringBuilder detail, IReadOnlyList<string> notSent)
    {
        if (notSent.Count > 0)
        {
            detail.Append(CultureInfo.InvariantCulture, $"**Not sent by the EHR** (prefetch, not fetched): {Escape(string.Join("; ", notSent))}\n\n");
        }
    }

    private static void AppendFooter(StringBuilder detail) => detail.Append(CultureInfo.InvariantCulture, $"*{Escape(PhysicianDisclaimer.Text)}*");

    private static object[] Links(string pageUrl) => [new { label = "Open the MTUS pre-screen page", url = pageUrl, type = "absolute" }];

    private static Dictionary<string, string> Disclaimer() => new() { [EvaluationJson.DisclaimerField] = PhysicianDisclaimer.Text };

    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    // "item: finding", the item cut with an ellipsis where the whole would reach the limit.
    private static string Fit(string item, string finding)
    {
        var room = SummaryLimit - 1 - finding.Length - 2;
        var name = item.Trim();
        if (name.Length > room)
        {
            name = name[..Math.Max(0, room - 1)].TrimEnd() + "…";
        }

        return $"{name}: {finding}";
    }

    private static string StatusWord(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "met",
        CriterionStatus.NotMet => "not met",
        CriterionStatus.NotDocumented => "not documented",
        _ => "does not apply",
    };

    // Markdown's active characters in text taken from a note or the catalogue.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
