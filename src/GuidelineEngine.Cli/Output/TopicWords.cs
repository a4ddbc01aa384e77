using System.Text.RegularExpressions;

namespace GuidelineEngine.Cli.Output;

/// <summary>
/// A topic as people read it ("Erectile dysfunction drugs") rather than its identifier
/// (<c>ErectileDysfunctionDrugs</c>), for the terminal; JSON and CSV keep the identifier.
/// </summary>
internal static partial class TopicWords
{
    // Abbreviations and compounds that splitting at capitals would get wrong.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["Nsaids"] = "NSAIDs",
        ["Tens"] = "TENS",
        ["PostOperativeOpioids"] = "Post-operative opioids",
        ["FollowUpVisits"] = "Follow-up visits",
        ["HomeHeatCold"] = "Home heat/cold",
        ["AnkleFootImaging"] = "Ankle/foot imaging",
        ["PlateletRichPlasma"] = "Platelet-rich plasma",
    };

    /// <summary>The topic in words; "-" for none.</summary>
    public static string Of(string? topic)
    {
        if (string.IsNullOrEmpty(topic))
        {
            return "-";
        }

        if (Words.TryGetValue(topic, out var words))
        {
            return words;
        }

        var parts = WordStart().Split(topic).Where(p => p.Length > 0).ToList();
        return string.Join(' ', parts.Select((p, i) => i == 0 || p.All(char.IsUpper) ? p : p.ToLowerInvariant()));
    }

    /// <summary>"1 item", "2 items".</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z])")]
    private static partial Regex WordStart();
}
