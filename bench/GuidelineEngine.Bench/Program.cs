using System.Diagnostics;
using GuidelineEngine.Application;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Extraction;
using GuidelineEngine.Model;
using GuidelineEngine.Reading;
using Microsoft.Extensions.DependencyInjection;

// Throughput and start-up figures over the development corpus: figures to watch, not tests.
// Run after a Release build: dotnet build -c Release && dotnet run -c Release --project bench/GuidelineEngine.Bench
const int Warmup = 2;
const int Rounds = 10;

var root = FindRoot();
var corpus = args.Length > 0 ? args[0] : Path.Combine(root, "..", "shared", "corpus", "imr-dwc-2016", "letters");
var files = LetterReader.ExpandPaths([corpus]).ToList();
var contents = files.Select(f => (Name: f, Bytes: File.ReadAllBytes(f))).ToList();
using var services = new ServiceCollection().AddGuidelineEngine().BuildServiceProvider();
var reader = services.GetRequiredService<LetterReader>();
var extractor = services.GetRequiredService<FactExtractor>();
var batch = services.GetRequiredService<LetterEvaluator>();

Console.WriteLine($"corpus: {files.Count} letters, {Environment.ProcessorCount} cores");
Measure("read (text from memory)", 1, c => reader.Read(c.Name, c.Bytes).Letter?.Items.Count ?? 0);
var letters = contents.Select(c => reader.Read(c.Name, c.Bytes).Letter).OfType<Letter>().ToList();
Measure("facts (audit, from read letters)", 1, c => 0, () => letters.Sum(l => extractor.ExtractAll(l, EvaluationMode.Audit).Count));
Measure("end to end (read + facts + rules), one thread", 1, c => Evaluate(c));
Measure($"end to end (read + facts + rules), {Environment.ProcessorCount} threads", Environment.ProcessorCount, c => Evaluate(c));

var disk = Stopwatch.StartNew();
var fromDisk = batch.EvaluateAll([corpus], EvaluationMode.Prescreen, Environment.ProcessorCount).Count();
disk.Stop();
Console.WriteLine($"end to end from disk, all cores: {fromDisk / disk.Elapsed.TotalSeconds:F0} letters/s (one pass of {fromDisk})");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
TimeToFirstResult();
return 0;

int Evaluate((string Name, byte[] Bytes) content) =>
    batch.Evaluate(reader.Read(content.Name, content.Bytes), EvaluationMode.Prescreen).Items.Count;

void Measure(string name, int threads, Func<(string Name, byte[] Bytes), int> perLetter, Func<int>? whole = null)
{
    int Pass() => whole?.Invoke() ?? contents.AsParallel().WithDegreeOfParallelism(threads).Sum(perLetter);
    for (var i = 0; i < Warmup; i++)
    {
        Pass();
    }

    var watch = Stopwatch.StartNew();
    for (var i = 0; i < Rounds; i++)
    {
        Pass();
    }

    watch.Stop();
    var perSecond = files.Count * Rounds / watch.Elapsed.TotalSeconds;
    Console.WriteLine($"{name}: {perSecond:F0} letters/s ({watch.Elapsed.TotalMilliseconds / (files.Count * Rounds):F2} ms per letter)");
}

void TimeToFirstResult()
{
    var cli = Path.Combine(root, "src", "GuidelineEngine.Cli", "bin", "Release", "net10.0", "guideline.dll");
    if (!File.Exists(cli))
    {
        Console.WriteLine($"start to first result: skipped, build the CLI first (dotnet build -c Release); {cli} is missing");
        return;
    }

    var seed = Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
    var times = new List<double>();
    for (var i = 0; i < 3; i++)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "evaluate", seed, "--format", "json", "--quiet"]) { RedirectStandardOutput = true })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"start to first result (one letter, new process): {times.Min():F0} ms best of 3, {times.Max():F0} ms worst");
}

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GuidelineEngine.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}
