using System.Diagnostics;
using GuidelineEngine.Application;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace GuidelineEngine.Bench;

/// <summary>
/// The rules alone, in this process: how long a fresh evaluator takes to build the NRules network
/// of each edition the corpus needs (what a run pays once), and the rules' cost per letter once
/// warm, the facts extracted beforehand (one session per letter).
/// </summary>
internal static class RuleFigures
{
    private const int Warmup = 2;
    private const int Rounds = 10;

    /// <summary>The mean build time of one network, in seconds, the networks built, and the rules' warm cost per letter in milliseconds.</summary>
    public static (double BuildSeconds, int Networks, double MsPerLetter) Measure(string corpus)
    {
        using var services = new ServiceCollection().AddGuidelineEngine().BuildServiceProvider();
        var reader = services.GetRequiredService<LetterReader>();
        var extractor = services.GetRequiredService<FactExtractor>();
        var requests = LetterReader.ExpandPaths([corpus])
            .Select(f => reader.Read(f, File.ReadAllBytes(f)).Letter).OfType<Letter>()
            .Select(l => extractor.ExtractAll(l, EvaluationMode.Prescreen)).ToList();

        var evaluator = new GuidelineEvaluator(services.GetRequiredService<RuleCatalog>());
        for (var i = 0; i < Warmup; i++)
        {
            requests.ForEach(r => evaluator.EvaluateRequest(r));
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Rounds; i++)
        {
            requests.ForEach(r => evaluator.EvaluateRequest(r));
        }

        watch.Stop();
        var networks = Math.Max(1, evaluator.Network.Built);
        return (evaluator.Network.BuildTime.TotalSeconds / networks, networks, watch.Elapsed.TotalMilliseconds / (requests.Count * Rounds));
    }
}
