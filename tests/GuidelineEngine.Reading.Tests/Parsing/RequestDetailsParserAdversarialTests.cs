using System.Diagnostics;
using GuidelineEngine.Reading.Parsing;

namespace GuidelineEngine.Reading.Tests.Parsing;

/// <summary>
/// Hostile request texts, one per pattern family: the time to read a request grows no faster
/// than its length (a tenfold longer input may cost about tenfold, never a hundredfold).
/// </summary>
public class RequestDetailsParserAdversarialTests
{
    // Tenfold input: linear work is about 10x; quadratic is about 100x. The bound leaves room for noise.
    private const double MaxGrowthForTenfoldInput = 30;
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(100);

    private static IEnumerable<TestCaseData> Families()
    {
        yield return Family("digit-slash runs", n => string.Concat(Enumerable.Repeat("1/", n / 2)));
        yield return Family("digit-dash runs", n => string.Concat(Enumerable.Repeat("1-", n / 2)));
        yield return Family("decimal runs", n => string.Concat(Enumerable.Repeat("1.1 ", n / 4)));
        yield return Family("space runs", n => "1" + new string(' ', n) + "x");
        yield return Family("space runs after a number and a slash", n => "1 /" + new string(' ', n) + "1");
        yield return Family("unbalanced brackets", n => string.Concat(Enumerable.Repeat("((1 [", n / 5)));
        yield return Family("number words", n => string.Concat(Enumerable.Repeat("two ", n / 4)));
        yield return Family("qualifier runs", n => string.Concat(Enumerable.Repeat("retro ", n / 6)));
        yield return Family("quantity marks", n => string.Concat(Enumerable.Repeat("# ", n / 2)));
        yield return Family("words before sessions", n => string.Concat(Enumerable.Repeat("1 a b c ", n / 8)));
    }

    private static TestCaseData Family(string name, Func<int, string> make) =>
        new TestCaseData(make).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Families))]
    public void A_tenfold_longer_hostile_request_costs_at_most_about_tenfold(Func<int, string> make)
    {
        var small = TimeToParse(make(4_000));
        var large = TimeToParse(make(40_000));

        Assert.That(large, Is.LessThan((small * MaxGrowthForTenfoldInput) + Slack), $"4,000 chars took {small.TotalMilliseconds:F1} ms, 40,000 took {large.TotalMilliseconds:F1} ms");
    }

    [Test]
    public void A_forty_thousand_character_digit_slash_run_reads_in_well_under_a_second()
    {
        var request = string.Concat(Enumerable.Repeat("1/", 20_000));

        Assert.That(TimeToParse(request), Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public void A_very_long_request_still_states_what_its_opening_says()
    {
        var request = "Norco 10/325mg #60 " + new string('x', 50_000);

        var details = RequestDetailsParser.Parse(request);

        Assert.That((details.Strength, details.Quantity), Is.EqualTo(("10/325mg", (decimal?)60)));
    }

    private static TimeSpan TimeToParse(string request)
    {
        RequestDetailsParser.Parse(request);
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            RequestDetailsParser.Parse(request);
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }
}
