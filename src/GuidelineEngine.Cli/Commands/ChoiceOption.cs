using System.CommandLine;

namespace GuidelineEngine.Cli.Commands;

/// <summary>
/// An option whose values are an enum's names as users type them (<c>--format table|json|csv</c>):
/// help and errors name the values in lower case, never the type behind them.
/// </summary>
internal static class ChoiceOption
{
    /// <summary>The option; null when not given, so that help shows the default as typed, in the description.</summary>
    public static Option<T?> Create<T>(string name, string description, T defaultValue)
        where T : struct, Enum
    {
        var allowed = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
        return new Option<T?>(name)
        {
            Description = $"{description} Default: {defaultValue.ToString().ToLowerInvariant()}.",
            HelpName = string.Join('|', allowed),
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && allowed.Contains(text!.ToLowerInvariant()))
                {
                    return value;
                }

                result.AddError($"{name}: '{text}' is not allowed: expected {string.Join(", ", allowed.SkipLast(1))} or {allowed[^1]}");
                return null;
            },
        };
    }
}
