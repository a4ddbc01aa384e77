using Microsoft.Playwright;

namespace GuidelineEngine.Browser.Tests;

/// <summary>Starts Debian's Chromium headless through Playwright; never downloads a browser.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            // CI installs it (.ci/run); on a developer machine without it the test says how to get it.
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{ExecutablePath} is missing: .ci/run should have installed Debian's chromium package");
            }

            var why = $"{ExecutablePath} is missing: run 'apt-get update && apt-get install -y chromium' to run the browser tests";
            TestContext.Progress.WriteLine($"skipped {TestContext.CurrentContext.Test.FullName}: {why}");
            Assert.Ignore(why);
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
