using GuidelineEngine.Facts.Index;

namespace GuidelineEngine.Facts.Tests.Index;

public class GuidelineIndexTests
{
    private const string Row = """{"id": "cpmtg.yoga", "guideline": "MTUS Chronic Pain Medical Treatment Guidelines", "edition": "2009", "chapter": "A-Z topics", "topic": "Yoga", "pages": "126", "status": "Optional", "family": "Therapy", "mtus": true, "phrasings": ["yoga"]}""";

    private static string File(params string[] rows) => $$"""{"topics": [{{string.Join(",", rows)}}]}""";

    private static string Error(params (string File, string Json)[] files) =>
        Assert.Throws<InvalidDataException>(() => GuidelineIndex.Load(files))!.Message;

    [Test]
    public void The_shipped_index_loads_every_guideline_file()
    {
        var files = GuidelineIndex.Default.Topics.Select(t => t.File).Distinct().ToList();

        Assert.That(files, Is.SupersetOf(new[] { "cpmtg.json", "acoem.json", "odg.json", "drugs.json", "acupuncture.json", "postsurgical.json", "otg2016.json", "no-guideline.json" }));
    }

    [Test]
    public void A_repeated_id_is_an_error_naming_the_file_and_the_id()
    {
        var message = Error(("a.json", File(Row, Row.Replace("\"yoga\"]", "\"tai chi\"]", StringComparison.Ordinal))));

        Assert.That(message, Does.Contain("a.json: the id 'cpmtg.yoga' is used by 2 rows; expected each id once"));
    }

    [Test]
    public void An_unknown_status_is_an_error_naming_the_file_the_row_and_the_statuses_expected()
    {
        var message = Error(("cpmtg.json", File(Row.Replace("Optional", "Maybe", StringComparison.Ordinal))));

        Assert.That(message, Does.Contain("cpmtg.json: row 1 'cpmtg.yoga': status 'Maybe' is unknown; expected one of Recommended, RecommendedWithCriteria, Optional, SecondLine, NotRecommended, UnderStudy, Info"));
    }

    [Test]
    public void A_phrasing_that_names_two_topics_is_an_error_naming_both_rows()
    {
        var other = Row.Replace("cpmtg.yoga", "odg.yoga", StringComparison.Ordinal);

        var message = Error(("cpmtg.json", File(Row)), ("odg.json", File(other)));

        Assert.That(message, Does.Contain("odg.json: row 'odg.yoga': the phrasing 'yoga' also names 'cpmtg.yoga' (cpmtg.json); expected each phrasing to name one topic"));
    }

    [Test]
    public void A_row_without_its_topic_is_an_error_saying_what_was_expected()
    {
        var message = Error(("cpmtg.json", File(Row.Replace("\"topic\": \"Yoga\", ", string.Empty, StringComparison.Ordinal))));

        Assert.That(message, Does.Contain("cpmtg.json: row 1 'cpmtg.yoga': has no topic; expected a non-empty topic"));
    }

    [Test]
    public void A_file_that_is_not_json_is_an_error_naming_the_file()
    {
        Assert.That(Error(("odg.json", "{ topics: [")), Does.StartWith("The guideline topic index is invalid:").And.Contain("odg.json: not valid JSON"));
    }

    [Test]
    public void A_page_not_confirmed_by_a_letter_is_cited_as_to_be_confirmed()
    {
        var index = GuidelineIndex.Load([("cpmtg.json", File(Row))]);

        Assert.That(index.Topics[0].Citation, Is.EqualTo("MTUS Chronic Pain Medical Treatment Guidelines (2009), Yoga, p. 126 (page to be confirmed)"));
    }

    [Test]
    public void A_topic_outside_the_mtus_says_so_in_its_citation()
    {
        var odg = Row.Replace("\"mtus\": true", "\"mtus\": false", StringComparison.Ordinal).Replace("\"edition\": \"2009\"", "\"edition\": \"ODG\"", StringComparison.Ordinal)
            .Replace("\"pages\": \"126\"", "\"pages\": \"Pain, Yoga\"", StringComparison.Ordinal).Replace("MTUS Chronic Pain Medical Treatment Guidelines", "Official Disability Guidelines (ODG)", StringComparison.Ordinal);

        var index = GuidelineIndex.Load([("odg.json", File(odg))]);

        Assert.That(index.Topics[0].Citation, Is.EqualTo("Non-MTUS: Official Disability Guidelines (ODG), Pain, Yoga"));
    }

    [Test]
    public void The_longest_phrasing_in_a_request_decides_its_topic()
    {
        var patch = Row.Replace("cpmtg.yoga", "cpmtg.lidoderm", StringComparison.Ordinal).Replace("[\"yoga\"]", "[\"lidocaine patch\"]", StringComparison.Ordinal);
        var cream = Row.Replace("cpmtg.yoga", "cpmtg.topicals", StringComparison.Ordinal).Replace("[\"yoga\"]", "[\"lidocaine\"]", StringComparison.Ordinal);
        var index = GuidelineIndex.Load([("cpmtg.json", File(cream, patch))]);

        Assert.That((index.TopicOf("Lidocaine patch 5% #30")?.Id, index.TopicOf("lidocaine 4% cream")?.Id), Is.EqualTo(("cpmtg.lidoderm", "cpmtg.topicals")));
    }
}
