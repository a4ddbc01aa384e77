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
            File.WriteAllBytes(path, Mutate(letters[random.Next(letters.Count)], random));
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

    private static byte[] Mutate(byte[] letter, Random random)
    {
        switch (random.Next(7))
        {
            case 0: // cut anywhere
                return letter[..random.Next(letter.Length)];
            case 1: // flip some bytes
                var flipped = (byte[])letter.Clone();
                for (var i = random.Next(1, 20); i > 0; i--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            case 2: // repeat a run of lines
            {
                var lines = Lines(letter);
                var at = random.Next(lines.Count);
                lines.InsertRange(at, lines.Skip(at).Take(random.Next(1, 12)).ToList());
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            }

            case 3: // lose a run of lines
            {
                var lines = Lines(letter);
                var at = random.Next(lines.Count);
                lines.RemoveRange(at, Math.Min(random.Next(1, 12), lines.Count - at));
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            }

            case 4:
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(letter))];
            case 5:
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(letter).Replace("\n", "\r", StringComparison.Ordinal));
            default: // an accented word in Latin-1
                return Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(letter).Replace(" the ", " th\u00e9 ", StringComparison.Ordinal));
        }
    }

    private static List<string> Lines(byte[] letter) => [.. Encoding.UTF8.GetString(letter).Split('\n')];
}
