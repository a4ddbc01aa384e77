using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts.Extraction;
using GuidelineEngine.Reading;
using GuidelineEngine.Reporting;
using GuidelineEngine.Rules.Mtus;
using Microsoft.Extensions.DependencyInjection;

namespace GuidelineEngine.Server;

/// <summary>The engine's services, shared by the command line and the server so both run the same rules.</summary>
public static class GuidelineEngineServices
{
    /// <summary>Registers the reader, the fact extractor, the validated MTUS rule catalogue and the evaluators.</summary>
    public static IServiceCollection AddGuidelineEngine(this IServiceCollection services)
    {
        services.AddSingleton<LetterReader>();
        services.AddSingleton<FactExtractor>();
        services.AddSingleton(_ => RuleCatalog.Load(MtusRules.Assembly));
        services.AddSingleton<GuidelineEvaluator>();
        services.AddSingleton<BatchEvaluator>();
        return services;
    }
}
