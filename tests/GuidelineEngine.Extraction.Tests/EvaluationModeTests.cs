using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Extraction.Tests;

public class EvaluationModeTests
{
    private static readonly FactExtractor Extractor = new();

    private static IEnumerable<TestCaseData> AllItems() =>
        Letters.Seeds.Concat(Letters.Corpus).SelectMany(l => l.Items.Select(i => new TestCaseData(l, i)
            .SetArgDisplayNames($"{Path.GetFileName(l.File)} #{i.Number}")));

    [Test]
    public void Prescreen_facts_are_identical_when_every_rationale_is_removed_from_the_letter()
    {
        foreach (var letter in Letters.Seeds.Concat(Letters.Corpus))
        {
            var blanked = letter with { Items = [.. letter.Items.Select(i => i with { Rationale = string.Empty })] };
            for (var i = 0; i < letter.Items.Count; i++)
            {
                var withRationale = Extractor.Extract(letter, letter.Items[i], EvaluationMode.Prescreen);
                var withoutRationale = Extractor.Extract(blanked, blanked.Items[i], EvaluationMode.Prescreen);
                Assert.That(withRationale.Facts, Is.EqualTo(withoutRationale.Facts), $"{letter.File} item {i + 1}");
            }
        }
    }

    [Test]
    public void Prescreen_never_takes_a_fact_from_the_rationale()
    {
        var sections = Letters.Seeds.Concat(Letters.Corpus)
            .SelectMany(l => l.Items.SelectMany(i => Extractor.Extract(l, i, EvaluationMode.Prescreen).Facts))
            .Select(f => f.Section).Distinct();

        Assert.That(sections, Does.Not.Contain(SourceSection.Rationale));
    }

    [Test]
    public void Audit_reads_the_rationale()
    {
        var letter = Letters.Seed("000");

        var facts = Extractor.Extract(letter, letter.Items[0], EvaluationMode.Audit).Facts;

        Assert.That(facts.Where(f => f.Section == SourceSection.Rationale && f.Kind == FactKind.AdverseEffects), Is.Not.Empty);
    }

    [Test]
    public void Facts_for_every_dev_corpus_item_are_extracted_without_error()
    {
        var count = Letters.Corpus.Sum(l => l.Items.Count(i => Extractor.Extract(l, i, EvaluationMode.Audit).Facts.Count > 0));

        Assert.That(count, Is.EqualTo(253));
    }
}
