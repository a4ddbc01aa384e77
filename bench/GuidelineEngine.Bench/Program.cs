using System.Diagnostics;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Extraction;
using GuidelineEngine.Reading;

// Reads the development corpus repeatedly and prints letters per second: a figure to watch, not a test.
var corpus = args.Length > 0 ? args[0] : FindCorpus();
var files = LetterReader.ExpandPaths([corpus]).ToList();
var contents = files.Select(f => (Name: f, Bytes: File.ReadAllBytes(f))).ToList();
var reader = new LetterReader();

const int Warmup = 2;
const int Rounds = 20;
for (var i = 0; i < Warmup; i++)
{
    ReadAll();
}

var watch = Stopwatch.StartNew();
var items = 0;
for (var i = 0; i < Rounds; i++)
{
    items = ReadAll();
}

watch.Stop();
var letters = files.Count * Rounds;
Console.WriteLine($"read: {files.Count} letters ({items} items) x {Rounds} rounds in {watch.Elapsed.TotalSeconds:F2} s");
Console.WriteLine($"read: {letters / watch.Elapsed.TotalSeconds:F0} letters/s on one thread (text parsing from memory)");

var disk = Stopwatch.StartNew();
var fromDisk = reader.ReadAll([corpus]).Count(r => r.Succeeded);
disk.Stop();
Console.WriteLine($"read: {fromDisk / disk.Elapsed.TotalSeconds:F0} letters/s including file I/O (one pass, {fromDisk} letters)");
var extractor = new FactExtractor();
var letterObjects = contents.Select(c => reader.Read(c.Name, c.Bytes).Letter).OfType<GuidelineEngine.Model.Letter>().ToList();
var facts = Stopwatch.StartNew();
var factCount = 0;
for (var i = 0; i < Rounds; i++)
{
    factCount = letterObjects.Sum(l => extractor.ExtractAll(l, EvaluationMode.Audit).Sum(f => f.Facts.Count));
}

facts.Stop();
var perLetterMs = facts.Elapsed.TotalMilliseconds / (letterObjects.Count * Rounds);
Console.WriteLine($"facts: {perLetterMs:F2} ms per letter (audit mode, {factCount} facts per pass), {1000 / perLetterMs:F0} letters/s on one thread");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
return 0;

int ReadAll() => contents.Sum(c => reader.Read(c.Name, c.Bytes).Letter?.Items.Count ?? 0);

static string FindCorpus()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GuidelineEngine.sln")))
    {
        directory = directory.Parent;
    }

    return Path.Combine(directory?.FullName ?? ".", "..", "shared", "corpus", "imr-dwc-2016", "letters");
}
