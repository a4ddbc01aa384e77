using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Reading.Parsing;

namespace GuidelineEngine.Extraction.Tests.Requests;

/// <summary>The body parts the request parser reads and the regions the facts place them in are one vocabulary.</summary>
public class BodyPartVocabularyTests
{
    private static IEnumerable<string> Names => RequestDetailsParser.BodyPartNames;

    [TestCaseSource(nameof(Names))]
    public void Every_body_part_the_parser_reads_has_a_region(string name) =>
        Assert.That(BodyRegions.Of(name), Is.Not.EqualTo(BodyRegion.Other));

    [TestCaseSource(nameof(Names))]
    public void Every_body_part_the_parser_reads_with_a_side_keeps_its_region(string name)
    {
        var parts = RequestDetailsParser.Parse($"MRI of the right {name}").BodyParts;

        Assert.That(parts.Select(BodyRegions.Of), Is.EqualTo(new[] { BodyRegions.Of(name) }));
    }

    [TestCase("left", BodySide.Left)]
    [TestCase("right", BodySide.Right)]
    [TestCase("bilateral", BodySide.Bilateral)]
    [TestCase("both", BodySide.Bilateral)]
    public void Every_side_the_parser_keeps_with_a_part_is_a_side_the_facts_read(string side, BodySide expected) =>
        Assert.That(RequestDetailsParser.Parse($"MRI of the {side} knee").BodyParts.Select(BodyRegions.SideOf), Is.EqualTo(new[] { expected }));
}
