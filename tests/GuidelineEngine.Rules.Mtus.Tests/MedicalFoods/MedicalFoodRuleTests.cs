using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.MedicalFoods;

namespace GuidelineEngine.Rules.Mtus.Tests.MedicalFoods;

// ODG recommends against medical foods for chronic pain whatever is documented: the criterion can be neither
// met nor left undocumented, so only the not-met case exists.
public class NotForChronicPainTests : RuleFixture<NotForChronicPain>
{
    protected override string Request => "Theramine #120";

    [Test]
    public void A_medical_food_for_chronic_pain_is_not_met_even_with_documented_relief() =>
        Assert.That(StatusOf(Present(FactKind.Analgesia, "Theramine helps her pain.")), Is.EqualTo(CriterionStatus.NotMet));
}
