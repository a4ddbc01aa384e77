using GuidelineEngine.Application;
using Microsoft.Extensions.DependencyInjection;

namespace GuidelineEngine.Testing;

/// <summary>The engine as the hosts compose it, for tests: one registration, never wired by hand.</summary>
public static class Engine
{
    private static readonly Lazy<ServiceProvider> Provider = new(() => new ServiceCollection().AddGuidelineEngine().BuildServiceProvider());

    /// <summary>The engine's services.</summary>
    public static IServiceProvider Services => Provider.Value;

    /// <summary>One of the engine's services.</summary>
    public static T Get<T>()
        where T : notnull => Provider.Value.GetRequiredService<T>();
}
