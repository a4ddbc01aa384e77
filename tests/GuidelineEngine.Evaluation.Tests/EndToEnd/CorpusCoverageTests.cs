using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Reading;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class CorpusCoverageTests
{
    private static readonly DrugClass[] EncodedClasses =
    [
        DrugClass.Opioid, DrugClass.MuscleRelaxant, DrugClass.TopicalLidocaine, DrugClass.TopicalCompound,
        DrugClass.TopicalNSAID, DrugClass.NSAID, DrugClass.PPI, DrugClass.H2Blocker,
    ];

    private static readonly Lazy<List<ItemEvaluation>> Corpus = new(() =>
        [.. new LetterReader().ReadAll([TestPaths.CorpusLetters]).SelectMany(r => Pipeline.Evaluate(r.Letter!, EvaluationMode.Prescreen))]);

    [Test]
    public void In_prescreen_every_dev_corpus_medication_of_an_encoded_topic_is_covered()
    {
        var uncovered = Corpus.Value
            .Where(e => e.Facts.Request.Drugs.Any(d => EncodedClasses.Contains(d.Class)) && !e.Facts.Request.IsInjection)
            .Where(e => e.Predicted == Determination.NotCovered)
            .Select(e => e.Facts.Request.Name);

        Assert.That(uncovered, Is.Empty);
    }

    [Test]
    public void Items_of_no_encoded_topic_are_not_covered_rather_than_guessed()
    {
        var mri = Corpus.Value.Where(e => e.Facts.Request.Name.StartsWith("MRI", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.That(mri, Is.Not.Empty);
        Assert.That(mri.Select(e => e.Predicted), Is.All.EqualTo(Determination.NotCovered));
    }

    [Test]
    public void Dev_corpus_requests_of_late_2016_are_judged_by_the_2016_editions() =>
        Assert.That(Corpus.Value.Select(e => e.Edition).Distinct(), Is.EqualTo(new[] { GuidelineEditions.Cpmtg2016 | GuidelineEditions.Otg2016 }));

    [Test]
    public void Evaluation_is_the_same_on_many_threads_as_on_one()
    {
        var letters = new LetterReader().ReadAll([TestPaths.CorpusLetters]).Select(r => r.Letter!).ToList();
        static string Key(ItemEvaluation e) => $"{e.Facts.Request.Name}|{e.Predicted}|{string.Join(",", e.Criteria.Select(c => c.Result.Status))}";

        var sequential = letters.SelectMany(l => Pipeline.Evaluate(l, EvaluationMode.Audit)).Select(Key).ToList();
        var parallel = letters.AsParallel().AsOrdered().WithDegreeOfParallelism(4).SelectMany(l => Pipeline.Evaluate(l, EvaluationMode.Audit)).Select(Key).ToList();

        Assert.That(parallel, Is.EqualTo(sequential));
    }
}
