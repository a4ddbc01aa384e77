using GuidelineEngine.Reading;
using GuidelineEngine.Testing;
using Microsoft.Playwright;

namespace GuidelineEngine.Browser.Tests;

/// <summary>The pre-screen results as a reviewer reads them, at a desktop width and a phone width.</summary>
[TestFixture(1280)]
[TestFixture(400)]
public class PrescreenResultsTests(int width) : ServedPageFixture
{
    // Lidoderm is predicted Upheld for want of documentation, Norco Overturned, the hearing aids are not covered.
    private async Task<IPage> PrescreenSeed003Async()
    {
        var summary = new LetterReader().Read(TestPaths.Seed("003")).Letter!.ClinicalSummary;
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await page.GotoAsync(Address + "/");
        await page.FillAsync("#clinical-text", summary + " " + OpioidNote);
        foreach (var item in new[] { "Lidoderm 5% patch #30", "Norco 10/325mg #60", "Hearing aids bilateral" })
        {
            await page.FillAsync("#new-item", item);
            await page.PressAsync("#new-item", "Enter");
        }

        await page.FillAsync("#request-date", "2014-09-10");
        await page.ClickAsync("#prescreen");
        await page.Locator(".item").First.WaitForAsync();
        return page;
    }

    [Test]
    public async Task After_pre_screen_a_one_line_summary_comes_into_view_with_focus()
    {
        var page = await PrescreenSeed003Async();
        var summary = page.Locator("#results-summary");

        Assert.That(await summary.InnerTextAsync(), Is.EqualTo("3 items: 1 likely supported, 1 likely not supported, 1 with no prediction; 1 with documentation missing."));
        Assert.That(await page.EvaluateAsync<bool>("() => document.activeElement.id === 'results-summary'"), Is.True);
        var box = (await summary.BoundingBoxAsync())!;
        Assert.That(box.Y, Is.GreaterThanOrEqualTo(0).And.LessThan(900), "the summary is in the viewport");
        await Chromium.ScreenshotAsync(page, $"prescreen-results-{width}", fullPage: false);
        await Chromium.ScreenshotAsync(page, $"prescreen-results-full-{width}");
    }

    [Test]
    public async Task Each_criterion_row_shows_the_guidelines_statement_then_a_plain_badge_then_the_reason_without_repeating_a_word()
    {
        var page = await PrescreenSeed003Async();
        var row = page.Locator(".checklist li", new() { HasTextString = "MTUS.CPMTG.TopicalLidocaine.FirstLineTrial" });

        var parts = await row.Locator(":scope > *").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.className)");
        Assert.That(parts, Is.EqualTo(new[] { "criterion", "verdict", "citation" }));
        Assert.That(await row.Locator(".criterion").InnerTextAsync(), Does.StartWith("First Line Trial: "));
        Assert.That(await row.Locator(".status").InnerTextAsync(), Is.EqualTo("Not documented"));
        Assert.That(await row.Locator(".reason").InnerTextAsync(), Does.Not.StartWith("Not documented"));
        var verdicts = await page.Locator(".checklist .verdict").AllInnerTextsAsync();
        Assert.That(verdicts.Where(v => System.Text.RegularExpressions.Regex.IsMatch(v, @"^(Met|Not met|Not documented|Does not apply)\s+\1", System.Text.RegularExpressions.RegexOptions.IgnoreCase)), Is.Empty);
    }

    [Test]
    public async Task Each_highlighted_sentence_says_which_criterion_it_is_evidence_for_and_shows_without_scrolling_a_box()
    {
        var page = await PrescreenSeed003Async();
        var norco = page.Locator(".item", new() { HasTextString = "Norco 10/325mg #60" });

        var marks = norco.Locator(".evidence mark");
        Assert.That(await marks.CountAsync(), Is.GreaterThan(0));
        var labels = await norco.Locator(".evidence mark + .supports").AllInnerTextsAsync();
        Assert.That(labels, Has.Count.EqualTo(await marks.CountAsync()));
        Assert.That(labels, Has.All.StartWith("evidence for: ").And.Some.Contains("Four As"));
        var clipped = await page.EvaluateAsync<bool>("() => Array.from(document.querySelectorAll('.text')).some(b => b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1)");
        Assert.That(clipped, Is.False, "no highlight box scrolls inside itself");
        await norco.Locator(".evidence").ScrollIntoViewIfNeededAsync();
        await Chromium.ScreenshotAsync(page, $"prescreen-highlights-{width}", fullPage: false);
    }

    [Test]
    public async Task Each_badge_says_what_the_prediction_means_for_the_reviewer_with_the_imr_term_beside_it()
    {
        var page = await PrescreenSeed003Async();

        var titles = await page.Locator(".item h2").EvaluateAllAsync<string[]>("hs => hs.map(h => h.querySelector('.badge').textContent + ' ' + h.querySelector('.imr-term').textContent)");

        Assert.That(titles, Is.EqualTo(new[] { "Likely not supported (IMR term: Upheld)", "Likely supported (IMR term: Overturned)", "No prediction (not covered)" }));
        Assert.That(await page.Locator("#results-summary").InnerTextAsync(), Does.Contain("1 likely supported, 1 likely not supported"), "the summary uses the badges' words");
    }

    [Test]
    public async Task Each_item_says_which_edition_applied_and_which_date_chose_it()
    {
        var page = await PrescreenSeed003Async();

        var editions = await page.Locator(".item .edition").AllInnerTextsAsync();

        Assert.That(editions.Take(2), Has.All.Contains("2009 edition, because: request date 2014-09-10, before the CPMTG update of 2016-07-28"));
        Assert.That(editions[2], Does.StartWith("Why: "), "the uncovered item says why");
    }

    [Test]
    public async Task The_page_has_the_apps_favicon_and_no_horizontal_scroll()
    {
        var page = await PrescreenSeed003Async();

        var icon = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync(Address + icon);
        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Headers["content-type"], Does.StartWith("image/svg+xml"));
        Assert.That(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), Is.True, "nothing overflows the viewport");
    }

    [Test]
    public async Task No_rule_id_is_broken_inside_a_word()
    {
        var page = await PrescreenSeed003Async();

        var broken = await page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll(".citation .rule")).flatMap(code => Array.from(code.childNodes)
              .filter(n => n.nodeType === Node.TEXT_NODE)
              .filter(n => { const r = document.createRange(); r.selectNodeContents(n); return r.getClientRects().length > 1; })
              .map(n => n.textContent))
            """);

        Assert.That(await page.Locator(".citation .rule").CountAsync(), Is.GreaterThan(5));
        Assert.That(broken, Is.Empty, "each part of a rule id stays on one line");
    }
}
