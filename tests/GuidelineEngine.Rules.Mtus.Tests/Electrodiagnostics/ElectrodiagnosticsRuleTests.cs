using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Electrodiagnostics;
using static GuidelineEngine.Rules.Mtus.Tests.Imaging.ImagingFacts;

namespace GuidelineEngine.Rules.Mtus.Tests.Electrodiagnostics;

public class SymptomDurationTests : RuleFixture<SymptomDuration>
{
    protected override string Request => "EMG/NCV of the bilateral upper extremities";

    // ACOEM Neck and Upper Back (p. 178) and Low Back (p. 303): "symptoms lasting more than three or four weeks".
    [TestCase(3, CriterionStatus.Met)]
    [TestCase(2, CriterionStatus.NotMet)]
    public void Studies_wait_three_or_four_weeks(int weeks, CriterionStatus expected) => Assert.That(StatusOf(Weeks(weeks)), Is.EqualTo(expected));

    [Test]
    public void A_cumulative_trauma_claim_is_not_dated_by_its_injury_date() =>
        Assert.That(StatusOf(Weeks(2), Present(FactKind.CumulativeTrauma, "The injury was due to repetitive activity.")), Is.EqualTo(CriterionStatus.NotApplicable));

    [Test]
    public void No_date_of_injury_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class NeurologicFindingsTests : RuleFixture<NeurologicFindings>
{
    protected override string Request => "EMG/NCV of the bilateral upper extremities";

    [Test]
    public void Radiating_symptoms_are_met() => Assert.That(StatusOf(Radicular), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Every_finding_stated_absent_is_not_met() =>
        Assert.That(StatusOf(NoDeficit, Denied(FactKind.NerveEntrapmentSign, "Tinel's sign was negative."), Denied(FactKind.Radiculopathy, "There is no radiation of pain."),
            Denied(FactKind.NeuropathicPain, "She denies numbness or tingling.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_documented_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class AfterConservativeCareTests : RuleFixture<AfterConservativeCare>
{
    protected override string Request => "EMG/NCV of the bilateral upper extremities";

    [Test]
    public void Care_that_failed_is_met() => Assert.That(StatusOf(CareFailed), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Care_that_helped_is_not_met() => Assert.That(StatusOf(TherapyHelped), Is.EqualTo(CriterionStatus.NotMet));

    // ACOEM Forearm, Wrist, and Hand (p. 269): no improvement "within 4 to 6 weeks" for a suspected entrapment.
    [TestCase(4, CriterionStatus.Met)]
    [TestCase(3, CriterionStatus.NotDocumented)]
    public void A_suspected_entrapment_may_be_studied_after_four_weeks_of_observation(int weeks, CriterionStatus expected) =>
        Assert.That(StatusOf(Entrapment, Weeks(weeks)), Is.EqualTo(expected));

    [Test]
    public void Nothing_documented_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class StudyIndicationTests : RuleFixture<StudyIndication>
{
    private static readonly RequestDetails Legs = new() { BodyParts = ["lower extremities"] };

    protected override string Request => "EMG/NCV of the bilateral upper extremities";

    [Test]
    public void A_combined_arm_study_for_entrapment_signs_is_met() => Assert.That(StatusOf(Entrapment), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_combined_arm_study_with_no_findings_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Nerve_conduction_of_the_legs_without_a_suspected_neuropathy_is_not_met() =>
        Assert.That(Evaluate(Legs, Radicular).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nerve_conduction_of_the_legs_for_a_peripheral_neuropathy_with_radicular_findings_is_met() =>
        Assert.That(Evaluate(Legs, Radicular, Present(FactKind.NerveEntrapmentSign, "He has diabetic peripheral neuropathy.")).Status, Is.EqualTo(CriterionStatus.Met));
}

public class EmgOnlyIndicationTests : RuleFixture<StudyIndication>
{
    protected override string Request => "EMG of the left upper extremity";

    [Test]
    public void Radicular_findings_are_met() => Assert.That(StatusOf(Radicular), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Entrapment_findings_alone_are_not_met_as_EMG_is_not_generally_necessary() => Assert.That(StatusOf(Entrapment), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_documented_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class NcsOnlyIndicationTests : RuleFixture<StudyIndication>
{
    protected override string Request => "NCS of the left upper extremity";

    [Test]
    public void Clinical_signs_of_carpal_tunnel_syndrome_are_met() => Assert.That(StatusOf(Entrapment), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Radicular_findings_alone_are_not_documented_for_a_nerve_conduction_study() => Assert.That(StatusOf(Radicular), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class RadiculopathyNotAlreadyObviousTests : RuleFixture<RadiculopathyNotAlreadyObvious>
{
    protected override string Request => "EMG of the bilateral lower extremities";

    [Test]
    public void A_root_compressed_on_imaging_with_a_matching_deficit_is_not_met() => Assert.That(StatusOf(RootOnImaging, Deficit), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_deficit_on_examination_alone_is_met_as_the_EMG_confirms_it() => Assert.That(StatusOf(Deficit), Is.EqualTo(CriterionStatus.Met));

    // The criterion asks whether radiculopathy is already established; nothing documented means it is not, so it cannot be "not documented".
    [Test]
    public void Nothing_documented_is_met() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.Met));
}

public class NoRepeatWithoutChangeTests : RuleFixture<NoRepeatWithoutChange>
{
    protected override string Request => "EMG/NCS of the bilateral upper extremities";

    [Test]
    public void A_study_already_reported_is_not_met() =>
        Assert.That(StatusOf(Present(FactKind.PriorElectrodiagnosticStudy, "An electrodiagnostic study dated 11/30/2016 revealed moderate bilateral carpal tunnel syndrome.")), Is.EqualTo(CriterionStatus.NotMet));

    // A first study is the usual case: the criterion applies only to a repeat, so it is not applicable, never "not documented".
    [Test]
    public void A_first_study_is_not_applicable() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}
