using GuidelineEngine.Reading;
using GuidelineEngine.Testing;
using Microsoft.Playwright;

namespace GuidelineEngine.Browser.Tests;

/// <summary>The pre-screen page as a reviewer uses it: a real server on a free loopback port, Debian's Chromium.</summary>
public class PrescreenPageTests : ServedPageFixture
{
    private async Task<IPage> OpenAsync(int width = 1280)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await page.GotoAsync(Address + "/");
        return page;
    }

    private static async Task PrescreenAsync(IPage page, string note, params string[] items)
    {
        await page.FillAsync("#clinical-text", note);
        foreach (var item in items)
        {
            await page.FillAsync("#new-item", item);
            await page.PressAsync("#new-item", "Enter");
        }

        await page.ClickAsync("#prescreen");
        await page.Locator(".item").First.WaitForAsync();
    }

    [Test]
    public async Task Seed_003_with_lidoderm_shows_upheld_with_the_first_line_trial_not_documented()
    {
        var summary = new LetterReader().Read(TestPaths.Seed("003")).Letter!.ClinicalSummary;
        var page = await OpenAsync();

        await PrescreenAsync(page, summary, "Lidoderm 5% patch #30");

        Assert.That(await page.Locator(".item .badge").InnerTextAsync(), Is.EqualTo("Predicted Upheld"));
        var firstLine = page.Locator(".checklist li", new() { HasTextString = "MTUS.CPMTG.TopicalLidocaine.FirstLineTrial" });
        Assert.That(await firstLine.GetAttributeAsync("class"), Is.EqualTo("NotDocumented"));
        Assert.That(await firstLine.Locator(".status").InnerTextAsync(), Is.EqualTo("Not documented"));
        Assert.That(await page.Locator(".missing li").AllInnerTextsAsync(), Has.Some.Contains("first-line agent"));
        await Chromium.ScreenshotAsync(page, "prescreen-lidoderm");
    }

    [Test]
    public async Task An_opioid_note_documenting_the_four_as_shows_the_opioid_criteria_met()
    {
        var page = await OpenAsync();

        await PrescreenAsync(page, OpioidNote, "Norco 10/325mg #60");

        var met = await page.Locator(".checklist li.Met").AllInnerTextsAsync();
        Assert.That(met, Has.Some.Contains("MTUS.CPMTG.Opioids.FourAs"));
        Assert.That(met, Has.Some.Contains("MTUS.CPMTG.Opioids.FunctionalImprovement"));
        Assert.That(met, Has.Some.Contains("MTUS.CPMTG.Opioids.Monitoring"));
        Assert.That(await page.Locator(".item .badge").InnerTextAsync(), Is.EqualTo("Predicted Overturned"));
        Assert.That(await page.Locator(".text mark").CountAsync(), Is.GreaterThan(0), "the supporting sentences are highlighted in the note");
        await Chromium.ScreenshotAsync(page, "prescreen-opioid");
    }

    [Test]
    public async Task An_item_can_be_removed_before_pre_screening()
    {
        var page = await OpenAsync();
        await page.FillAsync("#new-item", "MRI of the lumbar spine");
        await page.PressAsync("#new-item", "Enter");
        await page.FillAsync("#new-item", "Norco 10/325mg #60");
        await page.ClickAsync("#add-item");

        await page.ClickAsync("button[aria-label='Remove MRI of the lumbar spine']");

        Assert.That(await page.Locator("#items li span").AllInnerTextsAsync(), Is.EqualTo(new[] { "Norco 10/325mg #60" }));
    }

    [TestCase(1280)]
    [TestCase(400)]
    public async Task An_empty_note_is_said_in_words_beside_the_note(int width)
    {
        var page = await OpenAsync(width);
        await page.FillAsync("#new-item", "Norco 10/325mg #60");
        await page.PressAsync("#new-item", "Enter");

        await page.ClickAsync("#prescreen");

        var error = page.Locator("#clinical-text-error");
        await error.WaitForAsync();
        Assert.That(await error.InnerTextAsync(), Is.EqualTo("Clinical note is empty: paste the clinical note"));
        Assert.That(await page.Locator("#clinical-text").GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        Assert.That(await page.EvaluateAsync<bool>("() => document.activeElement.id === 'clinical-text'"), Is.True, "the field at fault has focus");
        Assert.That(await page.Locator("#error").IsHiddenAsync(), Is.True, "no field path in a general banner");
        await Chromium.ScreenshotAsync(page, $"prescreen-empty-note-{width}");
    }

    [TestCase(1280)]
    [TestCase(400)]
    public async Task No_requested_item_is_said_beside_the_item_field(int width)
    {
        var page = await OpenAsync(width);
        await page.FillAsync("#clinical-text", OpioidNote);

        await page.ClickAsync("#prescreen");

        var error = page.Locator("#new-item-error");
        await error.WaitForAsync();
        Assert.That(await error.InnerTextAsync(), Does.StartWith("A requested item is required"));
    }

    [Test]
    public async Task Markup_in_the_note_is_shown_as_text_never_run()
    {
        var page = await OpenAsync();
        var alerted = false;
        page.Dialog += (_, dialog) => { alerted = true; _ = dialog.DismissAsync(); };

        await PrescreenAsync(page, "<img src=x onerror=alert(1)> " + OpioidNote, "<b>Norco</b> 10/325mg #60");

        Assert.That(alerted, Is.False);
        Assert.That(await page.Locator(".item h2 span").First.InnerTextAsync(), Is.EqualTo("<b>Norco</b> 10/325mg #60"));
    }

    [Test]
    public async Task Every_seed_letter_uploaded_through_the_page_gets_an_answer_for_each_item()
    {
        var page = await OpenAsync(width: 420);
        string? last = null;
        foreach (var seed in Directory.EnumerateFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var expected = new LetterReader().Read(seed).Letter!.Items.Count;

            await page.SetInputFilesAsync("#letter-file", seed);
            await page.ClickAsync("#upload");
            last = await WaitForNewAnswerAsync(page, expected, last);

            var badges = await page.Locator(".item .badge").AllInnerTextsAsync();
            Assert.That(badges, Has.Count.EqualTo(expected), Path.GetFileName(seed));
            Assert.That(badges, Has.All.Matches<string>(b => b is "Predicted Upheld" or "Predicted Overturned" or "Not covered"));
        }

        await Chromium.ScreenshotAsync(page, "prescreen-narrow-letter");
    }

    // Polled through locators rather than a page function: the page's Content-Security-Policy forbids evaluating strings.
    private static async Task<string?> WaitForNewAnswerAsync(IPage page, int items, string? previous)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await page.Locator(".item").CountAsync() == items)
            {
                var first = await page.Locator(".item h2 span").First.TextContentAsync();
                if (first != previous)
                {
                    return first;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"the page did not show {items} new items within 30 s");
    }
}
