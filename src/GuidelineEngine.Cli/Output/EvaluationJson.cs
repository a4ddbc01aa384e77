using GuidelineEngine.Reporting;

namespace GuidelineEngine.Cli.Output;

/// <summary>The JSON shapes of <c>evaluate</c>: a letter without its summary text, and the summary figures.</summary>
internal static class EvaluationJson
{
    public static object Letter(LetterRow letter) => new
    {
        file = letter.File,
        caseNumber = letter.CaseNumber,
        error = letter.Error,
        items = letter.Items.Select(i => new
        {
            item = i.Item,
            topic = i.Topic?.ToString(),
            actual = i.Actual,
            predicted = i.Predicted,
            agrees = i.Agrees,
            edition = i.Edition,
            criteria = i.Criteria,
            missingDocumentation = i.MissingDocumentation,
        }),
    };

    public static object Summary(BatchSummary summary) => new
    {
        letters = summary.Letters,
        failedLetters = summary.FailedLetters,
        items = summary.Items,
        covered = summary.Covered,
        coverage = summary.Coverage,
        agreement = summary.Agreement,
        kappa = summary.Kappa,
        prevalenceAdjustedKappa = summary.PrevalenceAdjustedKappa,
        overturnRecall = summary.OverturnRecall,
        baselineAgreement = summary.BaselineAgreement,
        confusion = summary.Confusion.ToDictionary(),
        byTopic = summary.ByTopic.ToDictionary(t => t.Key, t => new { items = t.Value.Items, agreement = t.Value.Agreement, confusion = t.Value.Confusion.ToDictionary() }),
        byRule = summary.ByRule.ToDictionary(r => r.Key, r => new { decided = r.Value.Decided, agreed = r.Value.Agreed }),
    };
}
