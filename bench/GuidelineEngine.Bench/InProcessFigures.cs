using System.Diagnostics;
using GuidelineEngine.Application;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace GuidelineEngine.Bench;

/// <summary>
/// The engine measured inside this process, warm (after two passes), over the corpus held in
/// memory: the steady-state floor the command is compared with. These are of this checkout's
/// source, whichever builds the command-line rows measure.
/// </summary>
internal static class InProcessFigures
{
    private const int Warmup = 2;
    private const int Rounds = 10;

    public const string Read = "read (text from memory), 1 thread";
    public const string Facts = "facts (audit, from read letters), 1 thread";
    public const string OneThread = "read + facts + rules, 1 thread";
    public static readonly string AllThreads = $"read + facts + rules, {Environment.ProcessorCount} threads";

    /// <summary>Per figure: letters per second (wall), milliseconds per letter (wall) and processor milliseconds per letter (all threads of this process: steadier when the machine is busy).</summary>
    public static IEnumerable<(string Name, double LettersPerSecond, double MsPerLetter, double CpuMsPerLetter)> Measure(string corpus)
    {
        var files = LetterReader.ExpandPaths([corpus]).ToList();
        var contents = files.Select(f => (Name: f, Bytes: File.ReadAllBytes(f))).ToList();
        using var services = new ServiceCollection().AddGuidelineEngine().BuildServiceProvider();
        var reader = services.GetRequiredService<LetterReader>();
        var extractor = services.GetRequiredService<FactExtractor>();
        var batch = services.GetRequiredService<LetterEvaluator>();
        var letters = contents.Select(c => reader.Read(c.Name, c.Bytes).Letter).OfType<Letter>().ToList();
        int Evaluate((string Name, byte[] Bytes) content) =>
            batch.Evaluate(reader.Read(content.Name, content.Bytes), EvaluationMode.Prescreen).Items.Count;

        yield return Time(Read, () => contents.Sum(c => reader.Read(c.Name, c.Bytes).Letter?.Items.Count ?? 0));
        yield return Time(Facts, () => letters.Sum(l => extractor.ExtractAll(l, EvaluationMode.Audit).Count));
        yield return Time(OneThread, () => contents.Sum(Evaluate));
        yield return Time(AllThreads, () => contents.AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount).Sum(Evaluate));

        (string, double, double, double) Time(string name, Func<int> pass)
        {
            for (var i = 0; i < Warmup; i++)
            {
                pass();
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < Rounds; i++)
            {
                pass();
            }

            watch.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var count = files.Count * Rounds;
            return (name, count / watch.Elapsed.TotalSeconds, watch.Elapsed.TotalMilliseconds / count, cpu.TotalMilliseconds / count);
        }
    }
}
