using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Facts.Tests.Requests;

public class BodyRegionsTests
{
    [TestCase("brain", BodyRegion.Head)]
    [TestCase("bilateral brainstem", BodyRegion.Head)]
    [TestCase("lumbosacral spine", BodyRegion.LumbarSpine)]
    [TestCase("lumbosacral", BodyRegion.LumbarSpine)]
    [TestCase("thoracic spine", BodyRegion.ThoracicSpine)]
    [TestCase("thoracic", BodyRegion.ThoracicSpine)]
    [TestCase("Cervical", BodyRegion.CervicalSpine)]
    [TestCase("abdomen", BodyRegion.Abdomen)]
    [TestCase("pelvis", BodyRegion.Pelvis)]
    [TestCase("fingers", BodyRegion.WristHand)]
    [TestCase("right thumb", BodyRegion.WristHand)]
    [TestCase("bilateral knees", BodyRegion.Knee)]
    [TestCase("right lower leg", BodyRegion.LowerExtremity)]
    [TestCase("RUE", BodyRegion.UpperExtremity)]
    [TestCase("LUE", BodyRegion.UpperExtremity)]
    [TestCase("BUE", BodyRegion.UpperExtremity)]
    [TestCase("RLE", BodyRegion.LowerExtremity)]
    [TestCase("LLE", BodyRegion.LowerExtremity)]
    [TestCase("BLE", BodyRegion.LowerExtremity)]
    public void A_body_part_is_placed_in_its_region_whatever_its_side_or_number(string name, BodyRegion region) =>
        Assert.That(BodyRegions.Of(name), Is.EqualTo(region));

    [TestCase("thoracic spine", BodyRegion.CervicalSpine)]
    [TestCase("cervical spine", BodyRegion.ThoracicSpine)]
    public void The_thoracic_and_cervical_spine_are_not_confused(string name, BodyRegion other) =>
        Assert.That(BodyRegions.Of(name), Is.Not.EqualTo(other));

    [TestCase("left knee", BodySide.Left)]
    [TestCase("Right shoulder", BodySide.Right)]
    [TestCase("bilateral upper extremities", BodySide.Bilateral)]
    [TestCase("both knees", BodySide.Bilateral)]
    [TestCase("RUE", BodySide.Right)]
    [TestCase("LLE", BodySide.Left)]
    [TestCase("BUE", BodySide.Bilateral)]
    [TestCase("lumbar spine", BodySide.NotStated)]
    public void A_body_part_keeps_the_side_written_for_it(string name, BodySide side) =>
        Assert.That(BodyRegions.SideOf(name), Is.EqualTo(side));

    [Test]
    public void A_named_part_carries_its_name_region_and_side() =>
        Assert.That(BodyPart.Named("left wrist"), Is.EqualTo(new BodyPart("left wrist", BodyRegion.WristHand, BodySide.Left)));

    [Test]
    public void A_word_the_vocabulary_does_not_place_is_other() =>
        Assert.That(BodyRegions.Of("groin"), Is.EqualTo(BodyRegion.Other));
}
