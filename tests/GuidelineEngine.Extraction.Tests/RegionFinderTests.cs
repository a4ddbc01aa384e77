using GuidelineEngine.Extraction;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Extraction.Tests;

public class RegionFinderTests
{
    [Test]
    public void A_finding_takes_the_region_its_clause_names_not_the_other_clauses() =>
        Assert.That(RegionFinder.Around("She has shoulder pain; x-rays showed a fracture of the thumb.", 40), Is.EqualTo(new[] { BodyRegion.WristHand }));

    [Test]
    public void A_clause_naming_no_region_takes_the_regions_of_its_sentence() =>
        Assert.That(RegionFinder.Around("Examination of the left knee: positive McMurray's test; effusion noted.", 60), Is.EqualTo(new[] { BodyRegion.Knee }));

    [TestCase("Decreased sensation at L5-S1 was noted.", BodyRegion.LumbarSpine)]
    [TestCase("There was weakness at C6 on the right.", BodyRegion.CervicalSpine)]
    [TestCase("She has numbness in both feet.", BodyRegion.AnkleFoot)]
    [TestCase("He has pain in the lumbosacral area.", BodyRegion.LumbarSpine)]
    [TestCase("Tenderness over the hips was noted.", BodyRegion.Hip)]
    public void Levels_plurals_and_spine_words_are_placed_in_their_region(string sentence, BodyRegion region) =>
        Assert.That(RegionFinder.Around(sentence, 0), Is.EqualTo(new[] { region }));

    [Test]
    public void A_sentence_naming_no_region_places_nothing() =>
        Assert.That(RegionFinder.Around("There is concern for a tumor.", 10), Is.Empty);
}
