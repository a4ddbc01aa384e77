using Microsoft.Playwright;

namespace GuidelineEngine.Browser.Tests;

/// <summary>Starts Debian's Chromium headless through Playwright; never downloads a browser.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        switch (WhenMissing(ExecutablePath, Environment.GetEnvironmentVariable("CI")))
        {
            case (true, { } why):
                Assert.Fail(why);
                break;
            case (false, { } why):
                TestContext.Progress.WriteLine($"skipped {TestContext.CurrentContext.Test.FullName}: {why}");
                Assert.Ignore(why);
                break;
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>
    /// What a browser test does when <paramref name="path"/> is not there: on CI (which installs
    /// it) it fails; on a developer machine it is skipped saying how to get the browser.
    /// Nothing (a null reason) when the browser is there.
    /// </summary>
    internal static (bool Fail, string? Why) WhenMissing(string path, string? ci) =>
        File.Exists(path)
            ? (false, null)
            : string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase)
                ? (true, $"{path} is missing: .ci/run should have installed Debian's chromium package")
                : (false, $"{path} is missing: run 'apt-get update && apt-get install -y chromium' to run the browser tests");

    /// <summary>Saves a screenshot where the test run keeps its artifacts and attaches it to the test.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        TestContext.AddTestAttachment(path, name);
    }
}
