using GuidelineEngine.Cli.Commands;
using GuidelineEngine.Application;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GuidelineEngine.Cli;

/// <summary>The services the <c>guideline</c> host runs on; the tests build the same set.</summary>
internal static class CliServices
{
    public static IServiceCollection AddGuidelineCli(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddGuidelineEngine(configuration);
        services.AddSingleton<ICliCommand, EvaluateCommand>();
        services.AddSingleton<ICliCommand, ParseCommand>();
        services.AddSingleton<ICliCommand, FactsCommand>();
        services.AddSingleton<ICliCommand, PrescreenCommand>();
        services.AddSingleton<ICliCommand, RulesCommand>();
        services.AddSingleton<ICliCommand, HistoryCommand>();
        services.AddSingleton<GuidelineApp>();
        return services;
    }
}
