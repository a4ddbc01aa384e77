using System.Text.RegularExpressions;
using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Cli.Tests.Commands;

public partial class PrescreenCommandTests
{
    private string folder = null!;

    // A checklist row's first line: the status, then the criterion's short name and its statement.
    [GeneratedRegex(@"^(met|not met|not documented|does not apply)\s+([^:]+):", RegexOptions.Multiline)]
    private static partial Regex ChecklistRow();

    [SetUp]
    public void MakeFolder() => folder = Directory.CreateTempSubdirectory("guideline-prescreen-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    // What the page shows for the note: the same JSON POST /api/prescreen answers.
    private static JObject Page(PrescreenNote note) =>
        JObject.FromObject(PrescreenJson.Response(Engine.Get<Prescreener>().Prescreen(note), note.ClinicalText), JsonSerializer.Create(EvaluationJson.Settings));

    private static string[] Args(string path, IReadOnlyList<string> items, string? date) =>
        [.. new[] { "prescreen", path }, .. items.SelectMany(i => new[] { "--item", i }), .. date is null ? [] : new[] { "--date", date }];

    private static DateOnly? DateOf(string? date) => date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static string StatusWord(string? status) => status switch
    {
        "Met" => "met",
        "NotMet" => "not met",
        "NotDocumented" => "not documented",
        _ => "does not apply",
    };

    [TestCase("000")]
    [TestCase("001")]
    [TestCase("003")]
    public async Task Prescreen_on_a_seed_note_prints_the_same_criteria_as_the_page_in_order(string seed)
    {
        var (note, items, date) = FhirCases.Seed(seed);
        var page = Page(new PrescreenNote(note, items, DateOf(date)));

        var (exitCode, output, error) = await CliRunner.RunAsync(Args(Write("note.txt", note), items, date));

        Assert.That((exitCode, error), Is.EqualTo((0, string.Empty)));
        Assert.That(output, Does.StartWith($"Pre-screen (prescreen mode). {PhysicianDisclaimer.Text[..40]}"));
        var printed = ChecklistRow().Matches(output).Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim()));
        var shown = page["items"]!.SelectMany(i => i["criteria"]!).Select(c => (StatusWord((string?)c["status"]), (string?)c["name"]));
        Assert.That(printed, Is.EqualTo(shown));
        // The list wraps at the console's width: compared with runs of white space as one space.
        var flat = Regex.Replace(output, @"\s+", " ");
        foreach (var missing in page["items"]!.SelectMany(i => i["missingDocumentation"]!).Select(m => (string?)m).Distinct())
        {
            Assert.That(flat, Does.Contain($" - {missing}"));
        }
    }

    [Test]
    public async Task Prescreen_json_is_what_the_page_is_given()
    {
        var (note, items, date) = FhirCases.Seed("003");

        var (exitCode, output, _) = await CliRunner.RunAsync([.. Args(Write("note.txt", note), items, date), "--format", "json"]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(JToken.DeepEquals(JObject.Parse(output), Page(new PrescreenNote(note, items, DateOf(date)))), Is.True);
    }

    [Test]
    public async Task Prescreen_of_a_fhir_bundle_prints_the_checklist_of_its_requests()
    {
        var bundle = FhirCases.Bundle("collection", FhirCases.Note("<p>Neuropathic pain of the left leg.</p><p>No trial of gabapentin.</p>", "text/html"), FhirCases.Medication("Lidoderm 5% patch", "m1", quantity: 30, authoredOn: "2014-09-10"));

        var (exitCode, output, error) = await CliRunner.RunAsync("prescreen", "--fhir", Write("bundle.json", bundle.ToString()));

        Assert.That((exitCode, error), Is.EqualTo((0, string.Empty)));
        Assert.That(output, Does.Contain("bundle.json · Lidoderm 5% patch #30"));
        Assert.That(output, Does.Contain("topic Topical lidocaine, 2009 edition (request date 2014-09-10"));
        Assert.That(ChecklistRow().Matches(output), Is.Not.Empty);
    }

    [Test]
    public async Task Prescreen_json_of_a_fhir_bundle_reports_what_the_resources_gave()
    {
        var bundle = FhirCases.Bundle("collection", FhirCases.Note("Low back pain."), FhirCases.Service("Physical therapy", "s1", "2015-01-05", "Lumbar spine"));

        var (exitCode, output, _) = await CliRunner.RunAsync("prescreen", "--fhir", Write("bundle.json", bundle.ToString()), "--format", "json");

        var json = JObject.Parse(output);
        Assert.That(exitCode, Is.Zero);
        Assert.That((string?)json["disclaimer"], Is.EqualTo(PhysicianDisclaimer.Text));
        Assert.That(json["fhir"]!["requests"]![0]!["structured"]!["bodyParts"]!.Select(b => (string?)b), Is.EqualTo(new[] { "lumbar spine" }));
    }

    [Test]
    public async Task A_malformed_bundle_is_an_error_naming_the_file_and_exit_1()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("prescreen", "--fhir", Write("bundle.json", "{ \"resourceType\": \"Bundle\", \"entry\": ["));

        Assert.That((exitCode, output), Is.EqualTo((1, string.Empty)));
        Assert.That(error, Does.StartWith("error: bundle.json: malformed JSON"));
    }

    [Test]
    public async Task A_bundle_without_a_note_says_what_is_missing_and_exit_1()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("prescreen", "--fhir", Write("bundle.json", FhirCases.Bundle("collection", FhirCases.Medication("Norco 10/325mg #60", "m1")).ToString()));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("error: bundle.json: clinicalText: no clinical note"));
    }

    [Test]
    public async Task An_empty_note_is_an_error_naming_the_file_and_exit_1()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("prescreen", Write("note.txt", "   \n"), "--item", "Norco 10/325mg #60");

        Assert.That((exitCode, error.Trim()), Is.EqualTo((1, "error: note.txt: the note is empty: paste the clinical note")));
    }

    [Test]
    public async Task A_note_that_does_not_exist_is_an_error_naming_it_and_exit_1()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("prescreen", Path.Combine(folder, "absent.txt"), "--item", "Norco 10/325mg #60");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("absent.txt").And.Contain("cannot be read"));
    }

    [TestCase(new[] { "prescreen" }, "NOTE or --fhir", TestName = "Prescreen without a note or a bundle is a usage error")]
    [TestCase(new[] { "prescreen", "note.txt" }, "--item: is required with NOTE", TestName = "A note without items is a usage error")]
    [TestCase(new[] { "prescreen", "note.txt", "--item", "Norco", "--fhir", "b.json" }, "give one of them", TestName = "A note and a bundle together are a usage error")]
    [TestCase(new[] { "prescreen", "--fhir", "b.json", "--item", "Norco" }, "not used with --fhir", TestName = "Items with a bundle are a usage error")]
    [TestCase(new[] { "prescreen", "note.txt", "--item", "Norco", "--date", "10/09/2014" }, "--date: '10/09/2014' is not a date", TestName = "A date not in yyyy-MM-dd is a usage error")]
    public async Task A_wrong_command_line_is_a_usage_error_saying_what_is_expected(string[] args, string message)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(args);

        Assert.That((exitCode, output), Is.EqualTo((2, string.Empty)));
        Assert.That(error, Does.Contain(message));
    }
}
