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

        Assert.That(await page.Locator(".item .badge").InnerTextAsync(), Is.EqualTo("Likely not supported"));
        var firstLine = page.Locator(".checklist li", new() { HasTextString = "MTUS.CPMTG.TopicalLidocaine.FirstLineTrial" });
        Assert.That(await firstLine.GetAttributeAsync("class"), Is.EqualTo("NotDocumented deciding"));
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
        Assert.That(await page.Locator(".item .badge").InnerTextAsync(), Is.EqualTo("Likely supported"));
        Assert.That(await page.Locator(".evidence mark").CountAsync(), Is.GreaterThan(0), "the supporting sentences are quoted under the item");
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
            Assert.That(badges, Has.All.Matches<string>(b => b is "Likely not supported" or "Likely supported" or "No prediction"));
        }

        await Chromium.ScreenshotAsync(page, "prescreen-narrow-letter");
    }

    // Only the 4 A's pain scores are documented: Four As, functional improvement and monitoring decide; initiation and the dose ceiling do not apply.
    private const string ThinOpioidNote = "He has been taking Norco 10/325 mg for chronic low back pain. Pain is rated 8/10 without medication and 4/10 with medication.";

    [Test]
    public async Task Deciding_criteria_come_first_and_those_that_do_not_apply_are_folded_away()
    {
        var page = await OpenAsync();

        await PrescreenAsync(page, ThinOpioidNote, "Norco 10/325mg #60");

        var shown = page.Locator(".item > .checklist > li");
        var classes = await shown.EvaluateAllAsync<string[]>("rows => rows.map(r => r.className)");
        Assert.That(classes, Is.Not.Empty.And.All.EndsWith(" deciding"), "every row in view decides the prediction; the deciding ones come first");
        Assert.That(await shown.First.InnerTextAsync(), Does.Contain("decides the prediction"));
        var folded = page.Locator(".item details.not-applying");
        Assert.That(await folded.Locator("summary").InnerTextAsync(), Is.EqualTo("2 criteria do not apply to this request"));
        Assert.That(await folded.GetAttributeAsync("open"), Is.Null, "folded until asked for");
        Assert.That(await folded.Locator("li.NotApplicable").CountAsync(), Is.EqualTo(2));
        Assert.That(await folded.Locator("li.NotApplicable").First.IsVisibleAsync(), Is.False);
    }

    [Test]
    public async Task A_sentence_marked_for_a_criterion_not_documented_says_which_part_it_documents_and_which_are_missing()
    {
        var page = await OpenAsync();

        await PrescreenAsync(page, ThinOpioidNote, "Norco 10/325mg #60");

        var labels = await page.Locator(".evidence .supports").AllInnerTextsAsync();
        var fourAs = labels.Single(l => l.Contains("Four As", StringComparison.Ordinal));
        Assert.That(fourAs, Does.StartWith("evidence for: Four As (documents analgesia, pain score;").And.EndWith("; still missing: activities of daily living, adverse side effects, aberrant drug-taking behaviour)"));
    }

    [Test]
    public async Task A_highlight_ending_in_a_quotation_keeps_the_closing_quote_and_the_note_reads_without_the_letters_line_breaks()
    {
        var page = await OpenAsync();
        var note = "He has been taking Norco 10/325 mg for chronic\nlow back pain. He states \"pain is 8/10 without medication and\n4/10 with medication.\" No other complaints.";

        await PrescreenAsync(page, note, "Norco 10/325mg #60");

        var marks = await page.Locator(".evidence mark").AllInnerTextsAsync();
        Assert.That(marks, Has.Some.EqualTo("He states \"pain is 8/10 without medication and 4/10 with medication.\""));
        Assert.That(marks, Has.None.Contains("\n"));
        Assert.That(await page.Locator(".note-once .text").TextContentAsync(), Does.Contain("for chronic low back pain.").And.Not.Contain("\n"));
    }

    [Test]
    public async Task The_note_shows_once_below_the_items_not_under_each()
    {
        var page = await OpenAsync();

        await PrescreenAsync(page, OpioidNote, "Norco 10/325mg #60", "Lidoderm 5% patch #30", "MRI of the lumbar spine");

        Assert.That(await page.Locator(".item").CountAsync(), Is.EqualTo(3));
        Assert.That(await page.Locator(".item .text").CountAsync(), Is.Zero, "no item repeats the note");
        Assert.That(await page.Locator(".note-once").CountAsync(), Is.EqualTo(1));
        Assert.That(await page.Locator(".note-once .text").TextContentAsync(), Does.StartWith("He has been taking Norco"));
    }

    [Test]
    public async Task A_failed_upload_leaves_no_earlier_results_below_its_error()
    {
        var page = await OpenAsync();
        await PrescreenAsync(page, OpioidNote, "Norco 10/325mg #60");
        var recipe = Path.Combine(Path.GetTempPath(), "recipe-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(recipe, "Pancakes: mix and fry.");
        try
        {
            await page.SetInputFilesAsync("#letter-file", recipe);
            await page.ClickAsync("#upload");

            var error = page.Locator("#letter-file-error");
            await error.WaitForAsync();
            Assert.That(await error.InnerTextAsync(), Does.StartWith("Letter file '" + Path.GetFileName(recipe) + "' could not be read: ").And.Contain("not an IMR letter"));
            Assert.That(await page.Locator("#results .item").CountAsync(), Is.Zero);
        }
        finally
        {
            File.Delete(recipe);
        }
    }

    [Test]
    public async Task Without_a_request_date_the_page_warns_plainly_that_an_edition_was_assumed()
    {
        var page = await OpenAsync();

        await PrescreenAsync(page, "Chronic low back pain. He has been taking Norco 10/325 mg.", "Norco 10/325mg #60");

        Assert.That(await page.Locator(".item .edition-warning").InnerTextAsync(), Does.StartWith("Warning: No request date, and no date in the note: the 2016 editions were assumed."));
    }

    [Test]
    public async Task A_request_date_under_the_2017_guidelines_warns_plainly_that_no_prediction_is_made_for_a_medication()
    {
        var page = await OpenAsync();
        await page.FillAsync("#request-date", "2017-12-05");

        await PrescreenAsync(page, OpioidNote, "Norco 10/325mg #60");

        Assert.That(await page.Locator(".item .badge").InnerTextAsync(), Is.EqualTo("No prediction"));
        Assert.That(await page.Locator(".item .edition-warning").InnerTextAsync(), Does.StartWith("Warning: Requests from 2017-12-01 fall under the ACOEM-based MTUS guidelines, which have no encoded criteria for Opioids: no prediction is made."));
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
