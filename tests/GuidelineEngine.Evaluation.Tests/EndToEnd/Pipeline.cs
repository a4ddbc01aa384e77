using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.Reading;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

/// <summary>The whole pipeline as the product runs it: read, extract, evaluate.</summary>
internal static class Pipeline
{
    public static readonly GuidelineEvaluator Evaluator = Engine.Get<GuidelineEvaluator>();
    public static readonly FactExtractor Extractor = Engine.Get<FactExtractor>();

    public static IReadOnlyList<ItemEvaluation> Evaluate(Letter letter, EvaluationMode mode) =>
        [.. Extractor.ExtractAll(letter, mode).Select(Evaluator.Evaluate)];

    public static Letter Read(string path) =>
        new LetterReader().Read(path).Letter ?? throw new InvalidOperationException(path);

    /// <summary>A letter in the seed layout around a clinical summary and one request.</summary>
    public static Letter LetterWith(string summary, string request) =>
        new LetterReader().ReadText("synthetic.txt", LetterText(summary, request)).Letter
        ?? throw new InvalidOperationException("the synthetic letter did not read");

    /// <summary>The text of a letter in the seed layout: a clinical summary and one decided request.</summary>
    public static string LetterText(
        string summary,
        string request,
        string outcome = "Overturned",
        string maximus = "Decision based on MTUS Chronic Pain Treatment Guidelines.",
        string rationale = "The request is medically necessary.") => $"""
            HOW THE IMR FINAL DETERMINATION WAS MADE
            The expert reviewer is Board Certified in Family Practice, and is licensed to practice in California.

            CLINICAL CASE SUMMARY
            The expert reviewer developed the following clinical case summary based on a review of the
            case file, including all medical records:

            {summary}

            IMR ISSUES, DECISIONS AND RATIONALES
            The Final Determination was based on decisions for the disputed items/services set forth below:

            {request}: {outcome}

            Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines.

            MAXIMUS guideline: {maximus}

            Decision rationale: {rationale}
            """;
}
