using System.Diagnostics;
using System.Text;
using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading;
using GuidelineEngine.Testing;
using Newtonsoft.Json;

namespace GuidelineEngine.Application.Tests.UseCases;

/// <summary>
/// A bounded fuzz run: seeded mutants of real letters (cuts, flipped bytes, repeated or lost
/// lines, other encodings and line endings). Nothing escapes, every mutant gets a result, the
/// results are the same one by one and in a batch on four threads, and no letter hangs.
/// </summary>
[NonParallelizable]
public class LetterEvaluatorFuzzTests
{
    private const int Seed = 20_161_219;
    private const int Mutants = 150;

    // The slowest mutant may take this many times the median (plus a second for a busy machine): a hang guard, not a speed target.
    private const double SlowestOverMedian = 100;

    private string folder = null!;
    private List<string> files = null!;

    [OneTimeSetUp]
    public void WriteMutants()
    {
        folder = Directory.CreateTempSubdirectory("guideline-fuzz-").FullName;
        var letters = Directory.EnumerateFiles(TestPaths.CorpusLetters, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var random = new Random(Seed);
        files = [];
        for (var n = 0; n < Mutants; n++)
        {
            var path = Path.Combine(folder, $"{n:D3}.txt");
            File.WriteAllBytes(path, LetterMutants.Mutate(letters[random.Next(letters.Count)], random));
            files.Add(path);
        }
    }

    [OneTimeTearDown]
    public void DeleteMutants() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Every_mutant_gets_a_result_the_same_one_by_one_and_on_four_threads_and_none_hangs()
    {
        var reader = Engine.Get<LetterReader>();
        var evaluator = Engine.Get<LetterEvaluator>();
        evaluator.Evaluate(reader.Read(TestPaths.Seed("000")), EvaluationMode.Audit); // start-up is not a letter's time
        var times = new List<TimeSpan>();
        var oneByOne = new List<string>();
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            var result = evaluator.Evaluate(reader.Read(file), EvaluationMode.Audit);
            times.Add(watch.Elapsed);
            Assert.That(result.Error is not null || result.Items.Count > 0, Is.True, $"{file} gave neither items nor an error");
            oneByOne.Add(Json(result));
        }

        var fourThreads = evaluator.EvaluateAll([folder], EvaluationMode.Audit, 4).Select(Json).ToList();

        Assert.That(fourThreads, Has.Count.EqualTo(Mutants), "a mutant was lost from the batch");
        Assert.That(fourThreads, Is.EqualTo(oneByOne), "a batch on four threads differs from reading the mutants one by one");
        var median = times.Order().ElementAt(times.Count / 2);
        var slowest = times.IndexOf(times.Max());

        // A one-off pause (a collection, a busy machine) is not a hang: a slow letter must be slow twice.
        var again = Stopwatch.StartNew();
        evaluator.Evaluate(reader.Read(files[slowest]), EvaluationMode.Audit);
        times[slowest] = again.Elapsed < times[slowest] ? again.Elapsed : times[slowest];
        Assert.That(times[slowest], Is.LessThanOrEqualTo((median * SlowestOverMedian) + TimeSpan.FromSeconds(1)), $"median {median.TotalMilliseconds:F1} ms, slowest {files[slowest]}");
    }

    private static string Json(Evaluation.LetterEvaluation letter) => JsonConvert.SerializeObject(EvaluationJson.Letter(letter), EvaluationJson.Settings);
}
