using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Facts.Tests.Vocabulary;

public class ClinicalVocabularyTests
{
    private static readonly ClinicalVocabulary Vocabulary = ClinicalVocabulary.Default;

    [TestCase("Norco", "hydrocodone/acetaminophen", DrugClass.Opioid)]
    [TestCase("Vicodin", "hydrocodone/acetaminophen", DrugClass.Opioid)]
    [TestCase("Ultracet", "tramadol/acetaminophen", DrugClass.Opioid)]
    [TestCase("Nucynta", "tapentadol", DrugClass.Opioid)]
    [TestCase("Trezix", "Trezix", DrugClass.Opioid)]
    [TestCase("Fexmid", "cyclobenzaprine", DrugClass.MuscleRelaxant)]
    [TestCase("Soma", "carisoprodol", DrugClass.MuscleRelaxant)]
    [TestCase("Lorzone", "chlorzoxazone", DrugClass.MuscleRelaxant)]
    [TestCase("Lidoderm", "lidocaine patch", DrugClass.TopicalLidocaine)]
    [TestCase("Medrex", "Medrox", DrugClass.TopicalCompound)]
    [TestCase("Anaprox", "naproxen", DrugClass.NSAID)]
    [TestCase("Flector", "diclofenac topical", DrugClass.TopicalNSAID)]
    [TestCase("Prilosec", "omeprazole", DrugClass.PPI)]
    [TestCase("Lyrica", "pregabalin", DrugClass.AntiEpileptic)]
    [TestCase("Cymbalta", "duloxetine", DrugClass.Antidepressant)]
    [TestCase("tramdol", "tramadol", DrugClass.Opioid)]
    public void A_brand_generic_or_misspelt_name_resolves_to_its_drug_and_class(string name, string drug, DrugClass drugClass)
    {
        var entry = Vocabulary.ResolveDrug(name);

        Assert.That((entry?.Name, entry?.Class), Is.EqualTo((drug, (DrugClass?)drugClass)));
    }

    [Test]
    public void A_compound_lists_its_ingredients() =>
        Assert.That(Vocabulary.ResolveDrug("Medrox")!.Ingredients, Is.EqualTo(new[] { "methyl salicylate", "menthol", "capsaicin" }));

    [Test]
    public void The_longest_name_wins_where_names_overlap() =>
        Assert.That(Vocabulary.FindDrugs("Voltaren gel 1%").Select(m => m.Drug!.Name), Is.EqualTo(new[] { "diclofenac topical" }));

    [Test]
    public void Short_capitalised_service_aliases_do_not_match_lower_case_words() =>
        Assert.That(Vocabulary.FindServices("the pt was seen; PT twice a week").Select(m => m.Text), Is.EqualTo(new[] { "PT" }));

    [Test]
    public void Every_medication_request_in_the_seeds_and_the_corpus_resolves_to_a_drug()
    {
        var unresolved = Letters.Seeds.Concat(Letters.Corpus)
            .SelectMany(l => l.Items.Where(i => i.Details.IsMedication || i.Details.DrugName is not null))
            .Where(i => Vocabulary.FindDrugs(i.Request).Count == 0)
            .Select(i => i.Request);

        Assert.That(unresolved, Is.Empty);
    }

    [Test]
    public void Every_drug_named_with_a_strength_in_the_seeds_and_the_corpus_resolves()
    {
        var extractor = new FactExtractor();
        var unknown = Letters.Seeds.Concat(Letters.Corpus)
            .SelectMany(l => l.Items.SelectMany(i => extractor.Extract(l, i, EvaluationMode.Audit).Facts))
            .Where(f => f.Kind == FactKind.UnknownDrug && f.Polarity == Polarity.Present)
            .Select(f => f.Text)
            .Distinct();

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void An_unknown_name_with_a_strength_becomes_an_unknown_drug_fact()
    {
        var letter = Letters.Seed("003") with { ClinicalSummary = "The patient takes Zorblatin 20 mg daily." };

        var facts = new FactExtractor().Extract(letter, letter.Items[0], EvaluationMode.Prescreen);

        Assert.That(facts.Evidence(FactKind.UnknownDrug).Select(f => f.Value), Is.EqualTo(new[] { "Zorblatin" }));
    }

    [Test]
    public void A_name_that_means_two_drugs_is_rejected_on_load()
    {
        const string drugs = """{ "drugs": [ { "name": "a", "class": "Opioid", "ingredients": ["a"], "aliases": ["X"] }, { "name": "b", "class": "NSAID", "ingredients": ["b"], "aliases": ["x"] } ] }""";

        Assert.That(() => ClinicalVocabulary.Load(drugs, """{ "services": [] }"""),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("the name 'x' means both"));
    }

    [Test]
    public void A_misspelt_class_is_rejected_on_load_naming_the_entry()
    {
        const string drugs = """{ "drugs": [ { "name": "Norco", "class": "Opiod", "ingredients": ["hydrocodone"], "aliases": ["Norco"] } ] }""";

        Assert.That(() => ClinicalVocabulary.Load(drugs, """{ "services": [] }"""),
            Throws.TypeOf<InvalidDataException>().With.Message.StartsWith("drugs.json: entry 'Norco' has class 'Opiod'"));
    }

    [Test]
    public void A_topic_service_file_adds_its_services()
    {
        var vocabulary = ClinicalVocabulary.Load("""{ "drugs": [] }""", """{ "services": [ { "name": "MRI", "category": "Imaging", "aliases": ["MRI"] } ] }""",
            ["""{ "services": [ { "name": "EMG", "category": "Electrodiagnostics", "aliases": ["EMG"] } ] }"""]);

        Assert.That(vocabulary.FindServices("EMG of the arm").Single().Service!.Category, Is.EqualTo(ServiceCategory.Electrodiagnostics));
    }

    [Test]
    public void A_service_alias_claimed_by_two_files_is_rejected_on_load() =>
        Assert.That(() => ClinicalVocabulary.Load("""{ "drugs": [] }""", """{ "services": [ { "name": "MRI", "category": "Imaging", "aliases": ["scan"] } ] }""",
                ["""{ "services": [ { "name": "bone scan", "category": "Imaging", "aliases": ["scan"] } ] }"""]),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("the name 'scan' means both"));
}
