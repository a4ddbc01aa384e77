using System.Net;
using System.Net.Http.Headers;
using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

public class LetterApiTests : TestServerFixture
{
    private async Task<(HttpStatusCode Status, JObject Body)> Upload(string name, byte[] content, string query = "")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        using var response = await Client.PostAsync("/api/letters" + query, form);
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task An_uploaded_text_letter_gets_the_evaluate_json_with_recorded_outcomes_compared()
    {
        var (status, body) = await Upload("003.txt", File.ReadAllBytes(TestPaths.Seed("003")), "?mode=audit");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)body["mode"], Is.EqualTo("audit"));
        var items = body["letters"]![0]!["items"]!;
        Assert.That(items.Select(i => (string?)i["item"]), Is.EqualTo(new[] { "Norco 5/325mg #90", "Lidoderm 5% patch #30", "Skelaxin 800mg #60", "Baclofen 20mg #90" }));
        Assert.That(items.Select(i => (bool?)i["agrees"]), Is.All.True);
        Assert.That((int)body["summary"]!["items"]!, Is.EqualTo(4));
    }

    [Test]
    public async Task An_unknown_mode_is_a_bad_request_naming_the_allowed_modes()
    {
        var (status, body) = await Upload("003.txt", File.ReadAllBytes(TestPaths.Seed("003")), "?mode=audti");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body["errors"]!["mode"]![0], Does.Contain("expected prescreen or audit"));
    }

    [Test]
    public async Task Each_uploaded_item_says_which_summary_sentences_to_highlight()
    {
        var (_, body) = await Upload("004.txt", File.ReadAllBytes(TestPaths.Seed("004")));
        var letter = body["letters"]![0]!;
        var summary = (string)letter["clinicalSummary"]!;

        var marked = letter["items"]!.SelectMany(i => i["highlights"]!).Select(h => summary.Substring((int)h["start"]!, (int)h["length"]!)).ToList();

        Assert.That(marked, Is.Not.Empty.And.All.EndsWith("."));
    }

    [Test]
    public async Task An_uploaded_pdf_letter_is_read()
    {
        var (status, body) = await Upload("CM16-0230651.pdf", File.ReadAllBytes(Path.Combine(TestPaths.CorpusPdfs, "CM16-0230651.pdf")));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)body["letters"]![0]!["caseNumber"], Is.EqualTo("CM16-0230651"));
        Assert.That(body["letters"]![0]!["items"]!.Count(), Is.EqualTo(10));
    }

    [Test]
    public async Task A_text_that_is_not_a_letter_is_a_422_problem_naming_the_file_and_why()
    {
        var (status, body) = await Upload("recipe.txt", "Pancakes: mix and fry."u8.ToArray());

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((string?)body["errors"]!["file"]![0], Does.StartWith("'recipe.txt' could not be read: ").And.Contain("not an IMR letter"));
        Assert.That((string?)body["disclaimer"], Is.Not.Empty);
        Assert.That(body["letters"], Is.Null, "no evaluation body for a letter that was not read");
    }

    [Test]
    public async Task A_damaged_pdf_is_a_422_problem_naming_the_file()
    {
        var pdf = File.ReadAllBytes(Path.Combine(TestPaths.CorpusPdfs, "CM16-0230651.pdf"));

        var (status, body) = await Upload("damaged.pdf", pdf[..(pdf.Length / 3)]);

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((string?)body["errors"]!["file"]![0], Does.StartWith("'damaged.pdf' could not be read: "));
        Assert.That((string?)body["title"], Is.EqualTo("The upload could not be evaluated."));
    }

    [Test]
    public async Task An_empty_text_upload_is_a_422_saying_the_file_is_empty_not_that_it_is_missing()
    {
        var (status, body) = await Upload("blank.txt", []);

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((string?)body["errors"]!["file"]![0], Is.EqualTo("'blank.txt' is empty (0 bytes): expected a .txt or .pdf IMR letter"));
    }

    [Test]
    public async Task An_unsupported_file_type_is_a_400_naming_the_file_field()
    {
        var (status, body) = await Upload("letter.docx", "x"u8.ToArray());

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body["errors"]!["file"]![0], Does.Contain("unsupported type '.docx'"));
    }

    [Test]
    public async Task A_request_without_a_file_is_a_400_naming_the_file_field()
    {
        using var response = await Client.PostAsync("/api/letters", new StringContent("{}"));
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(((JObject)body["errors"]!).Properties().Select(p => p.Name), Is.EqualTo(new[] { "file" }));
    }

    [Test]
    public async Task An_upload_over_two_megabytes_gets_413()
    {
        var (status, _) = await Upload("big.txt", new byte[ServerLimits.MaxBodyBytes + 1]);

        Assert.That(status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }
}
