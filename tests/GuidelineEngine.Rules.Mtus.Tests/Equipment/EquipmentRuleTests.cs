using GuidelineEngine.Model;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.DurableMedicalEquipment;
using GuidelineEngine.Rules.Mtus.HomeExerciseKit;
using GuidelineEngine.Rules.Mtus.HomeHeatCold;
using GuidelineEngine.Rules.Mtus.Orthosis;
using GuidelineEngine.Rules.Mtus.Pillow;
using GuidelineEngine.Rules.Mtus.SpinalSupport;
using GuidelineEngine.Rules.Mtus.Transportation;
using static GuidelineEngine.Rules.Mtus.Tests.Therapies.TherapyFacts;

namespace GuidelineEngine.Rules.Mtus.Tests.Equipment;

public class MedicareDefinitionTests : RuleFixture<MedicareDefinition>
{
    private string request = "Standard wheelchair";

    protected override string Request => request;

    [TestCase("Standard wheelchair", CriterionStatus.Met)]
    [TestCase("Large gloves", CriterionStatus.NotMet)]
    [TestCase("Purchase of a bath/shower chair", CriterionStatus.NotMet)]
    public void The_item_must_be_durable_and_medical(string heading, CriterionStatus expected)
    {
        // What the item is comes from the request, so this criterion cannot be "not documented".
        request = heading;
        Assert.That(StatusOf(), Is.EqualTo(expected));
    }
}

public class MedicalNeedTests : RuleFixture<MedicalNeed>
{
    protected override string Request => "Standard wheelchair";

    [Test]
    public void An_inability_to_walk_is_met() =>
        Assert.That(StatusOf(Present(FactKind.MobilityLimitation, "The patient was unable to stand and was wheelchair/bed bound.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_limitation_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.MobilityLimitation, "He is not non-weight bearing.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_on_mobility_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class RentalReassessmentTests : RuleFixture<GuidelineEngine.Rules.Mtus.DurableMedicalEquipment.RemainderAfterInitialTrial>
{
    protected override string Request => "Standard wheelchair for a 2 month rental";

    [Test]
    public void The_rest_of_a_rental_authorized_in_part_is_not_met() =>
        Assert.That(StatusOf(Remainder), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_whole_request_is_not_applicable() =>
        // Read from the heading: it cannot be "not documented".
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}

public class WristSplintTests : RuleFixture<WristSplintIndication>
{
    private static readonly RequestDetails Part = new() { BodyParts = ["wrist"] };

    protected override string Request => "Wrist braces #2";

    [Test]
    public void Carpal_tunnel_syndrome_is_met() =>
        Assert.That(Evaluate(Part, Present(FactKind.CarpalTunnelOrDeQuervain, "Diagnoses include bilateral carpal tunnel syndrome.")).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_diagnosis_is_not_documented() =>
        Assert.That(Evaluate(Part).Status, Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Carpal_tunnel_ruled_out_is_not_met() =>
        Assert.That(Evaluate(Part, Denied(FactKind.CarpalTunnelOrDeQuervain, "Electrodiagnostic studies showed no carpal tunnel syndrome.")).Status, Is.EqualTo(CriterionStatus.NotMet));
}

public class ElbowSupportTests : RuleFixture<ElbowSupportIndication>
{
    private static readonly RequestDetails Part = new() { BodyParts = ["elbow"] };

    protected override string Request => "Elbow braces #2";

    [Test]
    public void Epicondylitis_is_met() =>
        Assert.That(Evaluate(Part, Present(FactKind.Epicondylitis, "She has lateral epicondylitis.")).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_epicondylitis_is_not_met() =>
        // Immobilization of the elbow is to be avoided, so the absence of the one indication fails rather than is "not documented".
        Assert.That(Evaluate(Part).Status, Is.EqualTo(CriterionStatus.NotMet));
}

public class KneeBraceTests : RuleFixture<KneeBraceIndication>
{
    private static readonly RequestDetails Part = new() { BodyParts = ["knee"] };

    protected override string Request => "Knee brace for the left knee";

    [Test]
    public void Instability_is_met() =>
        Assert.That(Evaluate(Part, Present(FactKind.KneeInstability, "Examination showed patellar instability.")).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_instability_is_not_met() =>
        Assert.That(Evaluate(Part, Denied(FactKind.KneeInstability, "There was no ligamentous instability.")).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_on_stability_is_not_documented() =>
        Assert.That(Evaluate(Part).Status, Is.EqualTo(CriterionStatus.NotDocumented));
}

public class LumbarSupportTests : RuleFixture<AcutePhaseOnly>
{
    protected override string Request => "Lumbar support";

    [TestCase(6, CriterionStatus.Met)]
    [TestCase(52, CriterionStatus.NotMet)]
    public void A_support_helps_only_in_the_acute_phase(int weeks, CriterionStatus expected) =>
        // ACOEM Low Back p. 301: no lasting benefit "beyond the acute phase"; acute is under three months (12 weeks).
        Assert.That(StatusOf(WeeksSinceInjury(weeks)), Is.EqualTo(expected));

    [Test]
    public void A_flare_up_is_met() =>
        Assert.That(StatusOf(WeeksSinceInjury(52), Present(FactKind.AcuteExacerbation, "He had an acute flare-up.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_injury_date_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class PillowTests : RuleFixture<WithDailyExercise>
{
    protected override string Request => "Cervical pillow";

    [Test]
    public void Daily_exercise_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ActiveRehabilitation, "She continues a home exercise program.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_exercise_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ActiveRehabilitation, "She is not doing a home exercise program.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_on_exercise_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class HomeHeatColdTests : RuleFixture<AdjunctToExercise>
{
    protected override string Request => "Hot/cold therapy wrap";

    [Test]
    public void Exercise_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ActiveRehabilitation, "He continues a home exercise program.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_exercise_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ActiveRehabilitation, "He is not doing a home exercise program.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_on_exercise_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class HomeExerciseKitTests : RuleFixture<WithHomeExerciseProgram>
{
    protected override string Request => "Home exercise kit";

    [Test]
    public void A_home_programme_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ActiveRehabilitation, "He continues a home exercise program.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_home_programme_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ActiveRehabilitation, "He is not doing a home exercise program.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_on_exercise_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class TransportationTests : RuleFixture<SelfTransportDisability>
{
    protected override string Request => "Transportation to/from all medical appointments";

    [Test]
    public void A_disability_preventing_driving_is_met() =>
        Assert.That(StatusOf(Present(FactKind.UnableToSelfTransport, "He is unable to drive due to his seizures.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Able_to_drive_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.UnableToSelfTransport, "He drives himself to his appointments.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_on_transport_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
