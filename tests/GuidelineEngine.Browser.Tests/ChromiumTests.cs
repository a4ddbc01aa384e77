namespace GuidelineEngine.Browser.Tests;

/// <summary>What the browser tests do on a machine without Debian's Chromium.</summary>
[TestFixture]
public sealed class ChromiumTests
{
    private static readonly string Absent = Path.Combine(Path.GetTempPath(), "no-such-chromium-" + Guid.NewGuid().ToString("N"));

    [Test]
    public void Without_chromium_on_a_developer_machine_a_browser_test_is_skipped_saying_how_to_install_it()
    {
        var (fail, why) = Chromium.WhenMissing(Absent, ci: null);

        Assert.Multiple(() =>
        {
            Assert.That(fail, Is.False);
            Assert.That(why, Does.StartWith(Absent + " is missing").And.Contain("apt-get update && apt-get install -y chromium"));
        });
    }

    [Test]
    public void Without_chromium_on_ci_a_browser_test_fails_rather_than_skips()
    {
        var (fail, why) = Chromium.WhenMissing(Absent, ci: "true");

        Assert.Multiple(() =>
        {
            Assert.That(fail, Is.True);
            Assert.That(why, Does.Contain(".ci/run should have installed"));
        });
    }

    [Test]
    public void With_the_browser_present_nothing_is_skipped()
    {
        var present = Path.GetTempFileName();
        try
        {
            Assert.That(Chromium.WhenMissing(present, ci: null), Is.EqualTo((false, (string?)null)));
        }
        finally
        {
            File.Delete(present);
        }
    }
}
