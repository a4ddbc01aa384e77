using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Extraction;
using GuidelineEngine.Fhir;
using GuidelineEngine.History;
using GuidelineEngine.Reading;
using GuidelineEngine.Rules.Mtus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GuidelineEngine.Application;

/// <summary>The engine's services: the one composition root every host (command line, server, benchmark, tests) registers.</summary>
public static class GuidelineEngineServices
{
    /// <summary>
    /// Registers the reader, the fact extractor, the validated MTUS rule catalogue, the evaluator,
    /// the use cases (FHIR and CDS Hooks among them) and the run history; binds <see cref="EvaluationOptions"/>, <see cref="HistoryOptions"/> and <see cref="CdsHooksOptions"/> from <paramref name="configuration"/> when given.
    /// </summary>
    public static IServiceCollection AddGuidelineEngine(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<EvaluationOptions>();
        var history = services.AddOptions<HistoryOptions>();
        var cdsHooks = services.AddOptions<CdsHooksOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(EvaluationOptions.Section));
            history.Bind(configuration.GetSection(HistoryOptions.Section));
            cdsHooks.Bind(configuration.GetSection(CdsHooksOptions.Section));
        }

        services.AddSingleton<LetterReader>();
        services.AddSingleton<FactExtractor>();
        services.AddSingleton(_ => RuleCatalog.Load(MtusRules.Assembly));
        services.AddSingleton<GuidelineEvaluator>();
        services.AddSingleton<LetterEvaluator>();
        services.AddSingleton<LetterFacts>();
        services.AddSingleton<Prescreener>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FhirPrescreener>();
        // One client for the process: fetching a missing prefetch is rare and off by default.
        services.AddSingleton(provider => new FhirServerClient(new HttpClient
        {
            Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<CdsHooksOptions>>().Value.FetchTimeoutSeconds),
        }));
        services.AddSingleton<CdsHookService>();
        services.AddSingleton<RunHistory>();
        return services;
    }
}
