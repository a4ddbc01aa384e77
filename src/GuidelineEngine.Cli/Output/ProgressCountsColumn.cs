using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace GuidelineEngine.Cli.Output;

/// <summary>A progress column that says how far a batch is: letters done of all, time spent and time left.</summary>
internal sealed class ProgressCountsColumn : ProgressColumn
{
    /// <inheritdoc/>
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Spectre.Console.Text(Describe(task.Value, task.MaxValue, task.ElapsedTime, task.RemainingTime));

    /// <summary>E.g. "12/117 letters · 0:03 elapsed · about 0:26 left".</summary>
    public static string Describe(double done, double total, TimeSpan? elapsed, TimeSpan? remaining) =>
        string.Create(CultureInfo.InvariantCulture, $"{done:0}/{total:0} letters · {Clock(elapsed)} elapsed · ")
        + (remaining is { } left && done > 0 ? $"about {Clock(left)} left" : "time left not known yet");

    private static string Clock(TimeSpan? time) => (time ?? TimeSpan.Zero) switch
    {
        var t when t.TotalHours >= 1 => t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture),
        var t => t.ToString(@"m\:ss", CultureInfo.InvariantCulture),
    };
}
