using GuidelineEngine.Application;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Reporting;
using GuidelineEngine.Testing;
using Microsoft.Playwright;

namespace GuidelineEngine.Browser.Tests;

public class ReportPageTests
{
    private static readonly Lazy<string> CorpusReport = new(() => WriteCorpusReport(EvaluationMode.Prescreen));

    private static readonly Lazy<string> AuditCorpusReport = new(() => WriteCorpusReport(EvaluationMode.Audit));

    private static string WriteCorpusReport(EvaluationMode mode)
    {
        var batch = Engine.Get<LetterEvaluator>();
        var run = new ReportRun(DateTimeOffset.UtcNow, "test", [TestPaths.CorpusLetters], Engine.Get<RuleCatalog>().Identity);
        var report = new HtmlReportBuilder(EvaluationModes.Name(mode), run);
        var summary = new BatchSummaryBuilder();
        foreach (var letter in batch.EvaluateAll([TestPaths.CorpusLetters], mode, Environment.ProcessorCount))
        {
            report.Add(letter);
            summary.Add(letter);
        }

        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"corpus-report-{EvaluationModes.Name(mode)}.html");
        File.WriteAllText(path, report.Build(summary.Build()));
        return path;
    }

    private static async Task WithPageAsync(int width, Func<IPage, List<string>, Task> test, bool audit = false)
    {
        var path = audit ? AuditCorpusReport.Value : CorpusReport.Value;
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        {
            await using (browser)
            {
                var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
                var requests = new List<string>();
                page.Request += (_, request) => requests.Add(request.Url);
                await page.GotoAsync(new Uri(path).AbsoluteUri);
                await test(page, requests);
            }
        }
    }

    [Test]
    public Task The_report_opens_offline_in_chromium_and_shows_the_discordant_items() => WithPageAsync(1280, async (page, requests) =>
    {
        var discordant = page.Locator("#discordant .item");
        Assert.That(await discordant.CountAsync(), Is.GreaterThan(0));
        Assert.That(await page.Locator("h2", new() { HasTextString = "Discordant items" }).IsVisibleAsync(), Is.True);
        Assert.That(await discordant.First.Locator("h3").InnerTextAsync(), Is.Not.Empty);
        Assert.That(await page.Locator("#confusion").IsVisibleAsync(), Is.True);
        Assert.That(await page.Locator("#topics .bar").CountAsync(), Is.GreaterThan(5));
        Assert.That(await page.Locator("#run").InnerTextAsync(), Does.Contain(Engine.Get<RuleCatalog>().Identity.ShortHash));
        Assert.That(await page.Locator("#topics tr").CountAsync(), Is.GreaterThan(5));
        Assert.That(await page.Locator("#rules tr").CountAsync(), Is.GreaterThan(5));
        Assert.That(requests.Where(u => !u.StartsWith("file:", StringComparison.Ordinal)), Is.Empty, "the report fetched something from the network");
        await Chromium.ScreenshotAsync(page, "qa-report-1280", fullPage: false);
    });

    [TestCase(1280)]
    [TestCase(400)]
    public Task The_topic_table_keeps_its_bars_inside_the_window(int width) => WithPageAsync(width, async (page, _) =>
    {
        Assert.That(await page.Locator("#topic-chart").CountAsync(), Is.Zero, "one table, no second chart of the same numbers");
        var outside = await page.EvaluateAsync<int>("() => Array.from(document.querySelectorAll('#topics .bar')).filter(b => b.getBoundingClientRect().width === 0).length");
        Assert.That(outside, Is.Zero, "every bar is drawn");
        await page.Locator("#topics").ScrollIntoViewIfNeededAsync();
        await Chromium.ScreenshotAsync(page, $"qa-report-topics-{width}", fullPage: false);
    });

    [Test]
    public Task The_report_has_contents_that_reach_every_section_and_stays_short_to_scroll() => WithPageAsync(1280, async (page, _) =>
    {
        var links = await page.Locator("#contents a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.That(links, Has.Length.GreaterThan(5));
        foreach (var link in links)
        {
            Assert.That(await page.Locator(link).CountAsync(), Is.EqualTo(1), link);
        }

        // Before the contents and folded summaries the dev corpus report was about 29,000 px tall at this width.
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        TestContext.Progress.WriteLine($"prescreen report height at 1280 px: {height} px");
        Assert.That(height, Is.LessThan(20000));
        await page.ClickAsync("#contents a >> text=Discordant items");
        Assert.That(await page.EvaluateAsync<int>("() => window.scrollY"), Is.GreaterThan(0), "the link moves to its section");
    });

    [Test]
    public Task The_audit_report_folds_each_inconsistent_items_findings_and_stays_short_to_scroll() => WithPageAsync(1280, async (page, _) =>
    {
        // Before the contents and folding the audit report of the dev corpus was about 51,000 px tall at this width.
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        TestContext.Progress.WriteLine($"audit report height at 1280 px: {height} px");
        var inconsistent = page.Locator("#inconsistent details.item");
        Assert.That(await inconsistent.CountAsync(), Is.GreaterThan(0));
        Assert.That(await inconsistent.First.Locator("summary").InnerTextAsync(), Does.Contain(" · "));
        Assert.That(await inconsistent.First.Locator("q").First.IsVisibleAsync(), Is.False, "the quotes show when the item is opened");
        Assert.That(await page.Locator("#contents a", new() { HasTextString = "Consistency of the recorded decisions" }).CountAsync(), Is.EqualTo(1));
        Assert.That(height, Is.LessThan(25000));
        await Chromium.ScreenshotAsync(page, "qa-report-audit-1280", fullPage: false);
    }, audit: true);

    [Test]
    public Task The_discordant_list_filters_by_topic_and_by_predicted_and_recorded() => WithPageAsync(1280, async (page, _) =>
    {
        var all = await page.Locator("#discordant .item").CountAsync();
        var topic = await page.Locator("#filter-topic option").Nth(1).GetAttributeAsync("value");

        await page.SelectOptionAsync("#filter-topic", topic!);
        var ofTopic = await page.Locator("#discordant .item:visible").CountAsync();
        Assert.That(ofTopic, Is.GreaterThan(0).And.LessThan(all));
        Assert.That(await page.Locator("#discordant .item:visible").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.topic)"), Has.All.EqualTo(topic));

        await page.SelectOptionAsync("#filter-topic", string.Empty);
        await page.SelectOptionAsync("#filter-outcome", "Upheld/Overturned");
        var shown = await page.Locator("#discordant .item:visible").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.predicted + '/' + i.dataset.recorded)");
        Assert.That(shown, Is.Not.Empty.And.All.EqualTo("Upheld/Overturned"));
        Assert.That(await page.Locator("#shown").InnerTextAsync(), Is.EqualTo($"{shown.Length} of {all} discordant items shown"));
        await page.Locator("#filters").ScrollIntoViewIfNeededAsync();
        await Chromium.ScreenshotAsync(page, "qa-report-filtered", fullPage: false);
    });

    [Test]
    public Task The_report_reads_at_a_phone_width() => WithPageAsync(400, async (page, _) =>
    {
        Assert.That(await page.Locator("#figures").IsVisibleAsync(), Is.True);
        var overflowing = await page.EvaluateAsync<string[]>("""
            () => Array.from(document.body.querySelectorAll("*"))
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest("table"))
              .map(e => e.tagName + "." + e.className + ": " + (e.textContent || "").slice(0, 40))
            """);
        Assert.That(overflowing, Is.Empty, "only wide tables scroll, inside themselves; nothing else runs past the window");
        await Chromium.ScreenshotAsync(page, "qa-report-400", fullPage: false);
    });
}
