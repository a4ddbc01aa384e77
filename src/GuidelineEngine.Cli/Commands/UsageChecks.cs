using System.CommandLine;
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
            if (result.GetValueOrDefault<FileInfo?>() is not { } file)
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

    /// <summary>The option's thread count must be 1 to <see cref="MaxThreads"/>.</summary>
    public static Option<int?> WithinThreadRange(this Option<int?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } threads and (< 1 or > MaxThreads))
            {
                result.AddError($"{option.Name}: expected 1 to {MaxThreads}, got {threads.ToString(CultureInfo.InvariantCulture)}");
            }
        });
        return option;
    }
}
