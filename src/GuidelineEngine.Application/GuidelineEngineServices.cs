using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Extraction;
using GuidelineEngine.History;
using GuidelineEngine.Reading;
using GuidelineEngine.Rules.Mtus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GuidelineEngine.Application;

/// <summary>The engine's services: the one composition root every host (command line, server, benchmark, tests) registers.</summary>
public static class GuidelineEngineServices
{
    /// <summary>
    /// Registers the reader, the fact extractor, the validated MTUS rule catalogue, the evaluator,
    /// the use cases and the run history; binds <see cref="EvaluationOptions"/> and <see cref="HistoryOptions"/> from <paramref name="configuration"/> when given.
    /// </summary>
    public static IServiceCollection AddGuidelineEngine(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<EvaluationOptions>();
        var history = services.AddOptions<HistoryOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(EvaluationOptions.Section));
            history.Bind(configuration.GetSection(HistoryOptions.Section));
        }

        services.AddSingleton<LetterReader>();
        services.AddSingleton<FactExtractor>();
        services.AddSingleton(_ => RuleCatalog.Load(MtusRules.Assembly));
        services.AddSingleton<GuidelineEvaluator>();
        services.AddSingleton<LetterEvaluator>();
        services.AddSingleton<LetterFacts>();
        services.AddSingleton<Prescreener>();
        services.AddSingleton<RunHistory>();
        return services;
    }
}
