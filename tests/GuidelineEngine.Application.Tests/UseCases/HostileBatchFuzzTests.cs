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
/// A batch of good letters with hostile files among them: seeded mutants, letters whose item is a
/// generated hostile request (numbers of every length, separators, unicode digits), a FIFO, a link
/// to /dev/zero and an oversized letter. Every good letter's result is byte-identical to a run
/// without the hostile files, every hostile file gets a result, and the batch ends in bounded time.
/// </summary>
[NonParallelizable]
public class HostileBatchFuzzTests
{
    private const int Seed = 20_261_204;
    private const int GoodLetters = 20;
    private const int Mutants = 60;

    // Well above the few seconds the batch takes on a busy 2-core machine: a hang guard for CI.
    private static readonly TimeSpan BatchLimit = TimeSpan.FromSeconds(45);

    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("guideline-hostile-batch-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    /// <summary>Requests built to break number, count and date parsing.</summary>
    internal static IEnumerable<string> HostileRequests()
    {
        var random = new Random(Seed);
        for (var digits = 1; digits <= 40; digits++)
        {
            var number = string.Concat(Enumerable.Range(0, digits).Select(_ => (char)('1' + random.Next(9))));
            yield return $"Norco 10/325mg #{number}";
            yield return $"Physical therapy #{number}";
            yield return $"Acupuncture {number} sessions for {number} weeks";
            yield return $"Cyclobenzaprine 7.5mg QTY: {number}.{number}";
            yield return $"Chiropractic {number} times a week for {number} months, {number} refills";
        }

        foreach (var separator in new[] { ",", ".", "/", "-", " ", "\u00A0", "\u2009", "'" })
        {
            yield return $"Norco 10/325mg #1{separator}000{separator}000{separator}000{separator}000";
            yield return $"Acupuncture sessions #3{separator}000{separator}000{separator}000";
        }

        // Unicode digits (Arabic-Indic, full-width, Devanagari), signs and marks.
        yield return "Norco 10/325mg #\u0663\u0660";
        yield return "Norco \uFF11\uFF10/\uFF13\uFF12\uFF15mg #\uFF16\uFF10";
        yield return "Acupuncture \u0967\u0968 sessions";
        yield return "Norco 10/325mg #-60";
        yield return "Norco 10/325mg #1e400";
        yield return "Norco 10/325mg #\u202E06";
        yield return "Physical therapy 99/99/9999 for 0 weeks";
        yield return "Request date 02/30/2015 #0.0000000000000000000000000000001";
    }

    [Test]
    public void Every_good_letter_keeps_its_exact_result_among_hostile_files_and_every_hostile_file_gets_one()
    {
        var evaluator = Engine.Get<LetterEvaluator>();
        var good = Directory.EnumerateFiles(TestPaths.CorpusLetters, "*.txt").Order(StringComparer.Ordinal).Take(GoodLetters).ToList();
        foreach (var letter in good)
        {
            File.Copy(letter, Path.Combine(folder, "good-" + Path.GetFileName(letter)));
        }

        var alone = evaluator.EvaluateAll([folder], EvaluationMode.Audit, 4).ToDictionary(l => l.File, Json);
        Assert.That(alone, Has.Count.EqualTo(GoodLetters));

        var hostile = WriteHostileFiles();
        var watch = Stopwatch.StartNew();
        var batch = Task.Run(() => evaluator.EvaluateAll([folder], EvaluationMode.Audit, 4).ToList());
        Assert.That(batch.Wait(BatchLimit), Is.True, $"the batch did not finish in {BatchLimit.TotalSeconds} s");
        var results = batch.Result;

        Assert.That(results.Select(r => r.File), Is.EquivalentTo(alone.Keys.Concat(hostile)), "a letter was lost from the batch");
        Assert.That(results.Where(r => alone.ContainsKey(r.File)).ToDictionary(r => r.File, Json), Is.EqualTo(alone), "a good letter's result changed beside the hostile files");
        Assert.That(results.Where(r => r.Error is null && r.Items.Count == 0).Select(r => r.File), Is.Empty, "a file gave neither items nor an error");
        Assert.That(results.Select(r => r.Error).OfType<string>(), Has.None.Contains("internal fault"), "a hostile file reached a defect");
        TestContext.Out.WriteLine($"{results.Count} letters in {watch.Elapsed.TotalSeconds:F1} s");
    }

    private List<string> WriteHostileFiles()
    {
        var written = new List<string>();
        string Write(string name, byte[] content)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, content);
            written.Add(path);
            return path;
        }

        var random = new Random(Seed);
        var letters = Directory.EnumerateFiles(TestPaths.CorpusLetters, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        for (var n = 0; n < Mutants; n++)
        {
            Write($"mutant-{n:D3}.txt", LetterMutants.Mutate(letters[random.Next(letters.Count)], random));
        }

        var seed = File.ReadAllText(TestPaths.Seed("000"));
        var requests = HostileRequests().ToList();
        for (var n = 0; n < requests.Count; n++)
        {
            Write($"request-{n:D3}.txt", Encoding.UTF8.GetBytes(seed.Replace("Norco 10/325mg #60", requests[n], StringComparison.Ordinal)));
        }

        Write("oversized.txt", Encoding.UTF8.GetBytes(seed + new string('x', TextLimits.MaxBytes)));
        Write("several.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(seed, 50))));

        var fifo = Path.Combine(folder, "fifo.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
        }

        written.Add(fifo);
        var zero = Path.Combine(folder, "zero.txt");
        File.CreateSymbolicLink(zero, "/dev/zero");
        written.Add(zero);
        return written;
    }

    private static string Json(Evaluation.LetterEvaluation letter) => JsonConvert.SerializeObject(EvaluationJson.Letter(letter), EvaluationJson.Settings);
}
