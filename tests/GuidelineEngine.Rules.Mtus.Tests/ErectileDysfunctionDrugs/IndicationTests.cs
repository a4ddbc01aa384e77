using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.ErectileDysfunctionDrugs;

namespace GuidelineEngine.Rules.Mtus.Tests.ErectileDysfunctionDrugs;

public class IndicationTests : RuleFixture<Indication>
{
    protected override string Request => "Three months coverage of Viagra 50mg";

    [Test]
    public void Documented_erectile_dysfunction_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ErectileDysfunction, "He reports erectile dysfunction since the injury.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Erectile_dysfunction_denied_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ErectileDysfunction, "He denies erectile dysfunction.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_condition_for_the_drug_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
