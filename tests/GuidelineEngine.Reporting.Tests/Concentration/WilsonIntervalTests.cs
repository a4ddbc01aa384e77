namespace GuidelineEngine.Reporting.Concentration.Tests;

public class WilsonIntervalTests
{
    // Newcombe R.G. (1998), Two-sided confidence intervals for the single proportion, Statistics
    // in Medicine 17:857-872, Table I, method 3 (Wilson score, no continuity correction).
    [TestCase(81, 263, 0.2553, 0.3662)]
    [TestCase(15, 148, 0.0624, 0.1605)]
    [TestCase(0, 20, 0.0000, 0.1611)]
    [TestCase(1, 29, 0.0061, 0.1718)]
    public void The_interval_matches_newcombes_published_wilson_values(int successes, int trials, double low, double high)
    {
        var interval = WilsonInterval.Of(successes, trials)!.Value;

        Assert.That(interval.Low, Is.EqualTo(low).Within(0.00005));
        Assert.That(interval.High, Is.EqualTo(high).Within(0.00005));
    }

    [Test]
    public void All_successes_reach_one_and_stay_inside_the_unit_interval()
    {
        var interval = WilsonInterval.Of(10, 10)!.Value;

        Assert.That((interval.Low, interval.High), Is.EqualTo((0.7225, 1.0)).Using<(double, double)>((a, b) => Math.Abs(a.Item1 - b.Item1) < 0.00005 && Math.Abs(a.Item2 - b.Item2) < 1e-12));
    }

    [Test]
    public void No_trials_give_no_interval() =>
        Assert.That(WilsonInterval.Of(0, 0), Is.Null);

    [Test]
    public void More_successes_than_trials_is_refused() =>
        Assert.That(() => WilsonInterval.Of(3, 2), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
