using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Facts;
using GuidelineEngine.Reporting;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Browser.Tests;

public class ReportPageTests
{
    private static string WriteCorpusReport()
    {
        var batch = Engine.Get<LetterEvaluator>();
        var report = new HtmlReportBuilder("prescreen");
        var summary = new BatchSummaryBuilder();
        foreach (var letter in batch.EvaluateAll([TestPaths.CorpusLetters], EvaluationMode.Prescreen, Environment.ProcessorCount))
        {
            report.Add(letter);
            summary.Add(letter);
        }

        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "corpus-report.html");
        File.WriteAllText(path, report.Build(summary.Build()));
        return path;
    }

    [Test]
    public async Task The_report_opens_offline_in_chromium_and_shows_the_discordant_items()
    {
        var path = WriteCorpusReport();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        {
            await using (browser)
            {
                var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
                var requests = new List<string>();
                page.Request += (_, request) => requests.Add(request.Url);

                await page.GotoAsync(new Uri(path).AbsoluteUri);

                var discordant = page.Locator("#discordant .item");
                Assert.That(await discordant.CountAsync(), Is.GreaterThan(0));
                Assert.That(await page.Locator("h2", new() { HasTextString = "Discordant items" }).IsVisibleAsync(), Is.True);
                Assert.That(await discordant.First.Locator("h3").InnerTextAsync(), Is.Not.Empty);
                Assert.That(await page.Locator("#confusion").IsVisibleAsync(), Is.True);
                Assert.That(await page.Locator("#topic-chart rect").CountAsync(), Is.GreaterThan(0));
                Assert.That(requests.Where(u => !u.StartsWith("file:", StringComparison.Ordinal)), Is.Empty, "the report fetched something from the network");
                await Chromium.ScreenshotAsync(page, "qa-report");
            }
        }
    }
}
