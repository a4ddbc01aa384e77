using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace GuidelineEngine.Cli.Commands;

/// <summary>
/// Checks of option values that the parser runs before a command starts, so that a wrong value
/// is a usage error (exit 2) rather than a failure after the work is done.
/// </summary>
internal static class UsageChecks
{
    /// <summary>
    /// The most letters evaluated at once. More threads than this only add memory on the
    /// machines the tool runs on; PLINQ refuses more than 512.
    /// </summary>
    public const int MaxThreads = 64;

    /// <summary>The option's file must be in a folder that exists, and not itself a folder.</summary>
    public static Option<FileInfo?> InExistingFolder(this Option<FileInfo?> option)
    {
        option.Validators.Add(result =>
        {
            if (ValueOf<FileInfo?>(result) is not { } file)
            {
                return;
            }

            if (Directory.Exists(file.FullName))
            {
                result.AddError($"{option.Name}: '{file.FullName}' is a folder: give a file name in it, e.g. '{Path.Combine(file.FullName, "results")}'");
            }
            else if (file.Directory is { Exists: false } folder)
            {
                result.AddError($"{option.Name}: the folder '{folder.FullName}' does not exist: create it or write elsewhere");
            }
        });
        return option;
    }

    /// <summary>
    /// The option takes a whole number from <paramref name="min"/> to <paramref name="max"/>; anything else
    /// ("abc", "1.5", "99999999999") is one usage error naming the option and the range.
    /// </summary>
    public static Option<int?> WholeNumber(string name, string description, int min, int max) =>
        new(name)
        {
            Description = description,
            HelpName = "N",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                {
                    return n;
                }

                result.AddError($"{name}: expected a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, got '{text}'");
                return null;
            },
        };

    // A validator runs even when the value did not convert (the parser already said why): it must not throw then.
    private static T? ValueOf<T>(OptionResult result)
    {
        try
        {
            return result.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            return default;
        }
    }
}
