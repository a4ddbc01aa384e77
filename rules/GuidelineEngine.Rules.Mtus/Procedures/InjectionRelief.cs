using System.Globalization;
using System.Text.RegularExpressions;
using GuidelineEngine.Facts;

namespace GuidelineEngine.Rules.Mtus.Procedures;

/// <summary>
/// The relief a prior injection gave, read from the value of a <see cref="FactKind.PriorInjectionRelief"/>
/// fact ("60% relief for 8 weeks"): the percentage and, where stated, the weeks it lasted.
/// </summary>
/// <param name="Percent">The pain relief in percent.</param>
/// <param name="Weeks">How long the relief lasted in weeks, when stated.</param>
public sealed partial record InjectionRelief(int Percent, double? Weeks)
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12,
    };

    /// <summary>The relief stated in <paramref name="fact"/>, or null when it gives no percentage.</summary>
    public static InjectionRelief? Of(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var value = fact.Value ?? fact.Text;
        var percent = Percentage().Match(value);
        if (!percent.Success)
        {
            return null;
        }

        var duration = Duration().Match(value);
        double? weeks = null;
        if (duration.Success)
        {
            var n = Words.TryGetValue(duration.Groups["n"].Value, out var w) ? w : int.Parse(duration.Groups["n"].Value, CultureInfo.InvariantCulture);
            var unit = duration.Groups["unit"].Value.ToUpperInvariant();
            weeks = unit.StartsWith('D') ? n / 7.0 : unit.StartsWith('M') ? n * 4.3 : n;
        }

        return new InjectionRelief(int.Parse(percent.Groups["p"].Value, CultureInfo.InvariantCulture), weeks);
    }

    [GeneratedRegex(@"(?<p>\d{1,3}) ?(?:%|percent)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percentage();

    // "for 6-8 weeks" counts its lower bound: the relief is known to have lasted that long.
    [GeneratedRegex(@"\b(?:for|lasting|x) (?:about |approximately |over )?(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?:-\d{1,2})? (?<unit>days?|weeks?|months?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
