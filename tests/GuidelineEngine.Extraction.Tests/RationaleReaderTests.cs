using GuidelineEngine.Extraction.Rationale;

namespace GuidelineEngine.Extraction.Tests;

/// <summary>Which rationale sentences state a finding about the case; every sentence is from the dev corpus.</summary>
public class RationaleReaderTests
{
    [TestCase("The ODG states that an MRI of the shoulder is indicated for the evaluation of acute shoulder trauma, suspected rotator cuff tear/impingement, in patients over age 40 with normal plain radiographs, subacute shoulder pain, and suspected instability/labral tear.")]
    [TestCase("MTUS recommends manual therapy and manipulation for chronic pain of the low back if caused by musculoskeletal conditions.")]
    [TestCase("The Official Disability Guidelines indicate that a complete blood count is appropriate for patients with diseases that increase the risk of anemia or patients in whom significant perioperative blood loss is anticipated.")]
    [TestCase("Nerve conduction studies are recommended in patients with clinical signs of carpal tunnel syndrome who may be candidates for surgery, but electromyography is generally not necessary.")]
    public void A_sentence_that_quotes_the_guideline_states_no_finding(string sentence) =>
        Assert.That(RationaleReader.StatesAFinding(sentence), Is.False);

    [TestCase("Therefore, the request is considered not medically necessary.")]
    [TestCase("The request for 6 sessions of physical therapy is not medically necessary.")]
    [TestCase("Medical necessity has not been established.")]
    public void A_sentence_that_states_the_outcome_states_no_finding(string sentence) =>
        Assert.That(RationaleReader.StatesAFinding(sentence), Is.False);

    [Test]
    public void IMRs_account_of_a_request_authorized_in_part_states_no_finding() =>
        Assert.That(RationaleReader.StatesAFinding("Physical therapy to the low back six sessions was authorized by the Claims Administrator."), Is.False);

    [TestCase("There is no evidence of red flags for serious spinal pathology to warrant the requested imaging.")]
    [TestCase("In this case, there is no documentation of tissue insult, nerve impairment, or other red flags that would warrant a lumbar MRI at this time.")]
    [TestCase("The patient was previously approved for 8 sessions of physical therapy.")]
    [TestCase("Physical exam revealed no evidence of acute muscle spasms.")]
    [TestCase("Due to the lack of objective functional improvement, the request is not medically necessary.")]
    [TestCase("Here, it was not clearly stated why a shoulder MRI imaging in question was ordered.")]
    public void A_sentence_about_the_patient_or_the_record_states_a_finding(string sentence) =>
        Assert.That(RationaleReader.StatesAFinding(sentence), Is.True);

    [Test]
    public void A_cue_file_kind_that_is_no_fact_kind_fails_loading_naming_the_rationale_file()
    {
        var grammar = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "..", "src", "GuidelineEngine.Extraction", "cues.json"));

        var error = Assert.Throws<InvalidDataException>(() => RationaleReader.Load(grammar, """{ "kinds": { "NoSuchKind": { "cues": ["\\bx\\b"] } } }"""));

        Assert.That(error!.Message, Does.Contain("Rationale/rationale-cues.json").And.Contain("NoSuchKind"));
    }

    [Test]
    public void The_shipped_rationale_cues_load_and_speak_for_the_red_flag_kind() =>
        Assert.That(RationaleReader.Default.Kinds, Does.Contain(Facts.FactKind.ImagingRedFlag));
}
