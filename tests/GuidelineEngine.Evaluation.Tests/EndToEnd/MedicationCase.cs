using GuidelineEngine.Facts;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

/// <summary>One item of a dev letter, evaluated as the whole request is (primary items first).</summary>
internal static class MedicationCase
{
    public static ItemEvaluation Item(string letter, int number, EvaluationMode mode = EvaluationMode.Prescreen) =>
        Pipeline.Evaluator.EvaluateRequest(Pipeline.Extractor.ExtractAll(Pipeline.Read(Path.Combine(TestPaths.CorpusLetters, letter)), mode))
            .Single(e => e.Facts.ItemNumber == number);

    public static string Deciding(ItemEvaluation evaluation) =>
        string.Join(", ", evaluation.Criteria.Where(c => c.Result.Status is RuleModel.CriterionStatus.NotMet or RuleModel.CriterionStatus.NotDocumented).Select(c => c.Rule.Id).Order(StringComparer.Ordinal));
}
