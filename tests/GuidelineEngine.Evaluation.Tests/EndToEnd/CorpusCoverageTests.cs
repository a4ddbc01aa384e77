using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
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

    // Imaging is encoded by body region (one topic per ACOEM chapter, ODG for elbow, hip and head);
    // the abdomen has no topic (the brain is imaged as the head).
    private static readonly BodyRegion[] ImagedRegions =
    [
        BodyRegion.LumbarSpine, BodyRegion.Spine, BodyRegion.CervicalSpine, BodyRegion.ThoracicSpine, BodyRegion.Shoulder,
        BodyRegion.Knee, BodyRegion.Forearm, BodyRegion.WristHand, BodyRegion.AnkleFoot, BodyRegion.Hip, BodyRegion.Head, BodyRegion.Elbow,
    ];

    private static bool ImagingOfAnEncodedRegion(ItemFacts facts) =>
        facts.Request.Service?.Category == ServiceCategory.Imaging
        && facts.Request.BodyParts.FirstOrDefault(p => p.Region != BodyRegion.Other) is { } part && ImagedRegions.Contains(part.Region);

    [Test]
    public void Items_of_no_encoded_topic_are_not_covered_rather_than_guessed()
    {
        var imagingElsewhere = Corpus.Value
            .Where(e => e.Facts.Request.Service?.Category == ServiceCategory.Imaging && !ImagingOfAnEncodedRegion(e.Facts)).ToList();

        Assert.That(imagingElsewhere.Select(e => e.Facts.Request.Name), Is.SupersetOf(new[] { "CT scan of abdomen and pelvis with contrast" }));
        Assert.That(imagingElsewhere.Select(e => e.Predicted), Is.All.EqualTo(Determination.NotCovered));
    }

    [Test]
    public void In_prescreen_every_dev_corpus_imaging_item_of_an_encoded_region_and_every_electrodiagnostic_item_is_covered()
    {
        var uncovered = Corpus.Value
            .Where(e => ImagingOfAnEncodedRegion(e.Facts) || e.Facts.Request.Service?.Category == ServiceCategory.Electrodiagnostics)
            .Where(e => e.Predicted == Determination.NotCovered)
            .Select(e => e.Facts.Request.Name);

        Assert.That(uncovered, Is.Empty);
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
