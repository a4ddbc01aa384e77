using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

/// <summary>What the page needs from the API: the criterion as the guideline states it, why an edition applies, the highlighted text, the disclaimer on every response.</summary>
public class ReviewerPayloadTests : TestServerFixture
{
    private const string OpioidNote =
        "He has been taking Norco 10/325 mg since 01/10/2014 for chronic low back pain. Pain is rated 8/10 without medication " +
        "and 4/10 with medication. With the medication he is able to walk for 30 minutes and do household chores, and his " +
        "function has improved. He denies side effects. There is no aberrant drug-taking behavior. A urine drug screen on " +
        "08/01/2014 was consistent with the prescribed medications.";

    private async Task<JObject> Prescreen(string? requestDate = "2014-09-10")
    {
        var request = new JObject { ["clinicalText"] = OpioidNote, ["items"] = new JArray("Norco 10/325mg #60") };
        if (requestDate is not null)
        {
            request["requestDate"] = requestDate;
        }

        using var content = new StringContent(request.ToString(), Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/api/prescreen", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Each_criterion_carries_the_catalogues_statement_and_its_short_name()
    {
        var catalogue = Engine.Get<RuleCatalog>().Rules.ToDictionary(r => r.Id, r => r.Criterion, StringComparer.Ordinal);

        var criteria = (await Prescreen())["items"]![0]!["criteria"]!;

        Assert.That(criteria, Is.Not.Empty);
        foreach (var criterion in criteria)
        {
            Assert.That((string?)criterion["criterion"], Is.EqualTo(catalogue[(string)criterion["rule"]!]));
            Assert.That((string?)criterion["name"], Is.EqualTo(Reporting.CriterionName.Of((string)criterion["rule"]!)));
        }
    }

    [TestCase("2014-09-10", "2009", "request date 2014-09-10, before the CPMTG update of 2016-07-28")]
    [TestCase("2016-12-01", "2016", "request date 2016-12-01, on or after the CPMTG update of 2016-07-28")]
    [TestCase(null, "2009", "no request date; the latest date in the note is 2014-08-01, before the CPMTG update of 2016-07-28")]
    public async Task Each_item_says_which_edition_applied_and_which_date_chose_it(string? requestDate, string edition, string reason)
    {
        var item = (await Prescreen(requestDate))["items"]![0]!;

        Assert.That(((string?)item["edition"], (string?)item["editionReason"]), Is.EqualTo((edition, reason)));
    }

    [Test]
    public async Task The_highlighted_text_gives_back_the_note_with_each_highlight_saying_what_it_is_evidence_for()
    {
        var item = (await Prescreen())["items"]![0]!;
        var segments = item["highlightedText"]!.ToList();

        Assert.That(string.Concat(segments.Select(s => (string?)s["text"])), Is.EqualTo(OpioidNote));
        var highlights = segments.Where(s => s["supports"]!.Type != JTokenType.Null).ToList();
        Assert.That(highlights, Is.Not.Empty);
        Assert.That(highlights.Select(s => (string?)s["supports"]), Has.All.StartWith("evidence for: "));
        Assert.That(highlights.Select(s => (string?)s["supports"]), Has.Some.Contains("Four As"));
        Assert.That(highlights.Select(s => ((int)OpioidNote.IndexOf((string)s["text"]!, StringComparison.Ordinal), ((string)s["text"]!).Length)),
            Is.EqualTo(item["highlights"]!.Select(h => ((int)h["start"]!, (int)h["length"]!))), "the same spans as the highlights field");
    }

    [TestCase("/health")]
    [TestCase("/api/rules")]
    public async Task Get_responses_lead_with_the_physician_disclaimer(string path)
    {
        var body = JObject.Parse(await Client.GetStringAsync(path));

        Assert.That(body.Properties().First().Name, Is.EqualTo("disclaimer"));
        Assert.That((string?)body["disclaimer"], Is.EqualTo(PhysicianDisclaimer.Text));
    }

    [Test]
    public async Task A_prescreen_response_leads_with_the_physician_disclaimer()
    {
        var body = await Prescreen();

        Assert.That(body.Properties().First().Name, Is.EqualTo("disclaimer"));
        Assert.That((string?)body["disclaimer"], Is.EqualTo(PhysicianDisclaimer.Text));
    }

    [Test]
    public async Task A_letter_response_leads_with_the_physician_disclaimer()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(TestPaths.Seed("003")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "003.txt");

        using var response = await Client.PostAsync("/api/letters", form);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(body.Properties().First().Name, Is.EqualTo("disclaimer"));
        Assert.That((string?)body["disclaimer"], Is.EqualTo(PhysicianDisclaimer.Text));
        Assert.That(body["letters"]![0]!["items"]![0]!["highlightedText"], Is.Not.Null);
    }

    [Test]
    public async Task A_problem_response_carries_the_physician_disclaimer_too()
    {
        using var content = new StringContent("""{ "clinicalText": "", "items": ["Norco"] }""", Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/api/prescreen", content);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body["disclaimer"], Is.EqualTo(PhysicianDisclaimer.Text));
        Assert.That((string?)body["errors"]!["clinicalText"]![0], Is.EqualTo("is empty: paste the clinical note"));
    }

    [Test]
    public async Task The_favicon_is_served_by_the_app_and_linked_from_the_page()
    {
        using var response = await Client.GetAsync("/favicon.svg");
        var page = await Client.GetStringAsync("/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("<svg"));
        Assert.That(page, Does.Contain("<link rel=\"icon\" href=\"/favicon.svg\""));
    }

    [Test]
    public async Task The_page_states_the_one_disclaimer_and_has_no_inline_script_or_style()
    {
        var page = await Client.GetStringAsync("/");

        Assert.That(page, Does.Contain(PhysicianDisclaimer.Text));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(page, "<script(?![^>]*\\ssrc=)"), Is.Empty, "a script element without src is inline");
        Assert.That(page, Does.Not.Contain("style=").And.Not.Contain("<style").And.Not.Match(@"\son[a-z]+="), "no inline style or event handler");
    }
}
