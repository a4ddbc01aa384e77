using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.FacetInjections;

namespace GuidelineEngine.Rules.Mtus.Tests.Injections;

public class NonRadicularPainTests : RuleFixture<NonRadicularPain>
{
    protected override string Request => "Facet joint injections L4-5, L5-S1";

    [Test]
    public void Radiating_leg_pain_is_not_met() =>
        Assert.That(StatusOf(Present(FactKind.Radiculopathy, "Low back pain radiating to the bilateral lower extremities.")), Is.EqualTo(CriterionStatus.NotMet));

    // The guideline asks for the absence of radicular findings; a letter that mentions none is read as non-radicular.
    [Test]
    public void Axial_pain_without_radicular_findings_is_met() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Radiculopathy_stated_absent_is_met() =>
        Assert.That(StatusOf(Denied(FactKind.Radiculopathy, "There is no radiculopathy.")), Is.EqualTo(CriterionStatus.Met));
}

public class TwoLevelsAtMostTests : RuleFixture<TwoLevelsAtMost>
{
    protected override string Request => "Facet joint injections L3-4, L4-5, L5-S1";

    [Test]
    public void Three_levels_are_not_met() =>
        Assert.That(StatusOf(InjectionTestFacts.Heading(FactKind.ThreeOrMoreSpinalLevels, Request)), Is.EqualTo(CriterionStatus.NotMet));

    // Read from the request itself, so the criterion is never "not documented".
    [Test]
    public void Two_levels_are_met() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.Met));
}

public class FacetPainSignsTests : RuleFixture<FacetPainSigns>
{
    protected override string Request => "Lumbar medial branch blocks L4-5";

    [Test]
    public void Tenderness_over_the_facets_is_met() =>
        Assert.That(StatusOf(Present(FactKind.FacetPainSigns, "The exam revealed tenderness over the lumbar facets.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_negative_facet_loading_test_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.FacetPainSigns, "There was no facet tenderness.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void An_exam_without_facet_findings_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
