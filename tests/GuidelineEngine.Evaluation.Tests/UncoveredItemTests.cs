using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;

namespace GuidelineEngine.Evaluation.Tests;

public sealed class UncoveredItemTests
{
    private static readonly ServiceEntry Mri = new("MRI", ServiceCategory.Imaging, ["MRI", "magnetic resonance imaging"]);
    private static readonly ServiceEntry Ct = new("CT", ServiceCategory.Imaging, ["CT", "CT scan"]);

    private static ItemFacts Item(RequestFacts request) => new() { ItemNumber = 1, Request = request, Mode = EvaluationMode.Prescreen, Facts = [] };

    [Test]
    public void An_uncovered_imaging_request_names_its_body_part_rather_than_only_the_family()
    {
        var reason = UncoveredItem.Reason(Item(new RequestFacts { Name = "Right elbow MRI", Service = Mri, BodyParts = [new BodyPart("elbow", BodyRegion.Elbow)] }));

        Assert.That(reason, Is.EqualTo("no encoded topic covers imaging requests of the elbow"));
    }

    [Test]
    public void Words_of_the_item_name_the_vocabulary_did_not_place_are_named()
    {
        var reason = UncoveredItem.Reason(Item(new RequestFacts
        {
            Name = "CT scan of abdomen and pelvis with contrast",
            Service = Ct,
            BodyParts = [new BodyPart("pelvis", BodyRegion.Pelvis)],
        }));

        Assert.That(reason, Is.EqualTo("no encoded topic covers imaging requests of the pelvis; words not recognised: abdomen"));
    }

    [Test]
    public void A_request_the_vocabulary_does_not_know_names_the_words_it_did_not_recognise()
    {
        var reason = UncoveredItem.Reason(Item(new RequestFacts { Name = "Hearing aids x2" }));

        Assert.That(reason, Is.EqualTo("the request names no drug or service the vocabulary knows and no topic of the guideline index; by its words it is a device request; words not recognised: hearing, aids"));
    }

    [TestCase("Zorbicane 20 mg tablets #30", "drug", "zorbicane, tablets")]
    [TestCase("Dynamic lumbar scan", "imaging", "dynamic, lumbar")]
    [TestCase("Quantitative vibration panel", "test", "quantitative, vibration, panel")]
    [TestCase("Genicular nerve ablation", "procedure", "genicular, nerve, ablation")]
    [TestCase("Feldenkrais sessions x6", "therapy", "feldenkrais")]
    [TestCase("Ergonomic seat cushion", "device", "ergonomic, seat, cushion")]
    [TestCase("Home health aide 4 hours/day", "service", "home, health, aide, hours, day")]
    [TestCase("Restoration program", "programme", "restoration, program")]
    public void A_request_the_vocabulary_does_not_know_is_placed_in_a_family_by_its_words(string name, string family, string words)
    {
        var reason = UncoveredItem.Reason(Item(new RequestFacts { Name = name }));

        Assert.That(reason, Does.Contain($"by its words it is a {family} request; words not recognised: {words}"));
    }

    [Test]
    public void A_request_whose_words_place_it_in_no_family_says_so()
    {
        var reason = UncoveredItem.Reason(Item(new RequestFacts { Name = "Zorbicane" }));

        Assert.That(reason, Does.Contain("no word places it in a family (drug, imaging, test, procedure, therapy, device, service, programme); words not recognised: zorbicane"));
    }

    [Test]
    public void An_item_naming_an_index_topic_no_rule_decides_names_the_topic_and_why()
    {
        var topic = GuidelineEngine.Facts.Index.GuidelineIndex.Default.TopicOf("Hearing aids x2")!;

        var reason = UncoveredItem.Reason(Item(new RequestFacts { Name = "Hearing aids x2", IndexTopic = topic }));

        Assert.That(reason, Does.StartWith("Non-MTUS Official Disability Guidelines (ODG) Audiometry / hearing aids; vision testing: not encoded (recommended with criteria").And.EndWith($"(index topic {topic.Id})"));
    }

    [Test]
    public void An_uncovered_drug_still_names_its_class_and_the_drug()
    {
        var drug = new DrugEntry("Sildenafil", DrugClass.Other, null, null, ["sildenafil"], []);
        var reason = UncoveredItem.Reason(Item(new RequestFacts { Name = "Sildenafil 50mg #10", Drugs = [drug] }));

        Assert.That(reason, Does.StartWith("no encoded topic covers ").And.Contain("(Sildenafil)"));
    }
}
