using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using static GuidelineEngine.Rules.Mtus.Tests.Imaging.ImagingFacts;

namespace GuidelineEngine.Rules.Mtus.Tests.Imaging;

public class LumbarIndicationTests : RuleFixture<LumbarImaging.Indication>
{
    protected override string Request => "MRI of the lumbar spine";

    [Test]
    public void A_red_flag_warrants_imaging_at_once() => Assert.That(StatusOf(Fracture), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Nerve_compromise_that_failed_treatment_with_surgery_considered_is_met() =>
        Assert.That(StatusOf(Deficit, CareFailed, SurgeryPlanned), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Nerve_compromise_without_surgery_being_considered_is_not_documented() =>
        Assert.That(StatusOf(Deficit, CareFailed), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Therapy_received_with_no_change_in_complaints_counts_as_failed_care() =>
        Assert.That(StatusOf(Deficit, TherapyHad, NoChange, SurgeryPlanned), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Therapy_that_helped_is_not_failed_care() =>
        Assert.That(StatusOf(Deficit, TherapyHad, NoChange, TherapyHelped, SurgeryPlanned), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void An_intact_neurologic_examination_and_no_fracture_are_not_met() =>
        Assert.That(StatusOf(NoDeficit, NoFracture), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_documented_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class LumbarObservationPeriodTests : RuleFixture<LumbarImaging.ObservationPeriod>
{
    protected override string Request => "MRI of the lumbar spine";

    // ACOEM Low Back Complaints, Special Studies (p. 303): "at least a month" of conservative management.
    [TestCase(4, CriterionStatus.Met)]
    [TestCase(3, CriterionStatus.NotMet)]
    public void Imaging_waits_a_month(int weeks, CriterionStatus expected) => Assert.That(StatusOf(Weeks(weeks)), Is.EqualTo(expected));

    [Test]
    public void A_red_flag_does_not_wait() => Assert.That(StatusOf(Weeks(1), Fracture), Is.EqualTo(CriterionStatus.NotApplicable));

    [Test]
    public void No_date_of_injury_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class NeckIndicationTests : RuleFixture<NeckImaging.Indication>
{
    protected override string Request => "MRI of the cervical spine";

    [Test]
    public void Nerve_compromise_that_persists_after_care_is_met_without_surgery() =>
        Assert.That(StatusOf(Deficit, CareFailed), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Clarifying_the_anatomy_before_an_invasive_procedure_is_met() => Assert.That(StatusOf(SurgeryPlanned), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Intact_neurology_and_no_red_flag_leave_only_a_planned_procedure_undocumented() =>
        Assert.That(StatusOf(NoDeficit, NoFracture), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Nothing_documented_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class NeckObservationPeriodTests : RuleFixture<NeckImaging.ObservationPeriod>
{
    protected override string Request => "MRI of the cervical spine";

    // ACOEM Neck and Upper Back Complaints, Special Studies (p. 177): "a three or four week period".
    [TestCase(3, CriterionStatus.Met)]
    [TestCase(2, CriterionStatus.NotMet)]
    public void Imaging_waits_three_or_four_weeks(int weeks, CriterionStatus expected) => Assert.That(StatusOf(Weeks(weeks)), Is.EqualTo(expected));

    [Test]
    public void No_date_of_injury_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class ShoulderIndicationTests : RuleFixture<ShoulderImaging.Indication>
{
    protected override string Request => "MRI of the right shoulder";

    [Test]
    public void Failure_to_progress_in_therapy_is_met() => Assert.That(StatusOf(TherapyHad, NoChange), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_planned_injection_is_met_to_clarify_the_anatomy() => Assert.That(StatusOf(SurgeryPlanned), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_stated_absence_of_red_flags_alone_is_not_met_or_not_documented() =>
        Assert.That(StatusOf(NoFracture), Is.Not.EqualTo(CriterionStatus.Met));

    [Test]
    public void Nothing_documented_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class ShoulderObservationPeriodTests : RuleFixture<ShoulderImaging.ObservationPeriod>
{
    protected override string Request => "MRI of the right shoulder";

    // ACOEM Shoulder Complaints, Special Studies (p. 207): "a 4 to 6 week period".
    [TestCase(4, CriterionStatus.Met)]
    [TestCase(3, CriterionStatus.NotMet)]
    public void Imaging_waits_four_weeks(int weeks, CriterionStatus expected) => Assert.That(StatusOf(Weeks(weeks)), Is.EqualTo(expected));

    [Test]
    public void No_date_of_injury_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class HandIndicationTests : RuleFixture<HandImaging.Indication>
{
    protected override string Request => "MRI of the right hand";

    [Test]
    public void A_suspected_fracture_or_infection_is_met() => Assert.That(StatusOf(Fracture), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_fracture_is_not_met() => Assert.That(StatusOf(NoFracture), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_documented_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class HandObservationPeriodTests : RuleFixture<HandImaging.ObservationPeriod>
{
    protected override string Request => "MRI of the right hand";

    // ACOEM Forearm, Wrist, and Hand Complaints, Special Studies (p. 268): "a 4 to 6 week period".
    [TestCase(4, CriterionStatus.Met)]
    [TestCase(3, CriterionStatus.NotMet)]
    public void Imaging_waits_four_weeks(int weeks, CriterionStatus expected) => Assert.That(StatusOf(Weeks(weeks)), Is.EqualTo(expected));

    [Test]
    public void No_date_of_injury_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class KneeIndicationTests : RuleFixture<KneeImaging.Indication>
{
    protected override string Request => "MRI of the right knee";

    [Test]
    public void An_effusion_with_a_suspected_meniscal_tear_is_met() => Assert.That(StatusOf(Effusion, MeniscalTear), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_suspected_tear_that_failed_conservative_care_is_met() => Assert.That(StatusOf(MeniscalTear, CareFailed), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void An_effusion_without_a_suspected_tear_is_not_documented() => Assert.That(StatusOf(Effusion), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void No_red_flag_and_nothing_else_is_not_documented() => Assert.That(StatusOf(NoFracture), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class AnkleFootIndicationTests : RuleFixture<AnkleFootImaging.Indication>
{
    protected override string Request => "MRI of the right foot";

    [Test]
    public void A_suspected_stress_fracture_is_met() => Assert.That(StatusOf(Fracture), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_suspected_tear_that_failed_care_is_met() => Assert.That(StatusOf(MeniscalTear, CareFailed), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Nothing_documented_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class HipIndicationTests : RuleFixture<HipImaging.Indication>
{
    protected override string Request => "MRI of the right hip";

    [Test]
    public void Suspected_osteonecrosis_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ImagingRedFlag, "Avascular necrosis of the hip is suspected.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_suspected_labral_tear_is_met() =>
        Assert.That(StatusOf(Present(FactKind.SuspectedInternalDerangement, "The diagnosis is a possible labral tear.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Nothing_documented_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class HeadIndicationTests : RuleFixture<HeadImaging.Indication>
{
    protected override string Request => "CT scan of head";

    [Test]
    public void A_focal_neurologic_deficit_is_met() => Assert.That(StatusOf(Deficit), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_red_flag_and_no_deficit_documented_is_not_documented() => Assert.That(StatusOf(NoFracture), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Nothing_documented_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
