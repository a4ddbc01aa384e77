using GuidelineEngine.Cli.Commands;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts.Extraction;
using GuidelineEngine.Reporting;
using GuidelineEngine.Rules.Mtus;
using GuidelineEngine.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace GuidelineEngine.Cli;

/// <summary>The services the <c>guideline</c> host runs on; the tests build the same set.</summary>
internal static class CliServices
{
    public static IServiceCollection AddGuidelineCli(this IServiceCollection services)
    {
        services.AddSingleton<LetterReader>();
        services.AddSingleton<FactExtractor>();
        services.AddSingleton(_ => RuleCatalog.Load(MtusRules.Assembly));
        services.AddSingleton<GuidelineEvaluator>();
        services.AddSingleton<BatchEvaluator>();
        services.AddSingleton<ICliCommand, EvaluateCommand>();
        services.AddSingleton<ICliCommand, ParseCommand>();
        services.AddSingleton<ICliCommand, FactsCommand>();
        services.AddSingleton<ICliCommand, RulesCommand>();
        services.AddSingleton<GuidelineApp>();
        return services;
    }
}
