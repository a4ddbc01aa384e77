using GuidelineEngine.Testing;

namespace GuidelineEngine.Extraction.Tests;

public class CuePrefilterTests
{
    private static bool[] Marked(CuePrefilter prefilter, string sentence)
    {
        var marked = new bool[prefilter.Count];
        prefilter.Mark(sentence, marked);
        return marked;
    }

    [Test]
    public void Only_the_kinds_whose_literals_occur_are_marked_ignoring_case()
    {
        var prefilter = new CuePrefilter([[[["pain score", "vas"]]], [[["relief"]]], [[["swallow"]]]]);

        Assert.That(Marked(prefilter, "His PAIN SCORE is 6/10 with relief."), Is.EqualTo(new[] { true, true, false }));
    }

    [Test]
    public void A_literal_inside_a_longer_one_is_found_too()
    {
        var prefilter = new CuePrefilter([[[["therapy"]]], [[["physical therapy"]]], [[["rap"]]]]);

        Assert.That(Marked(prefilter, "completed physical therapy"), Is.EqualTo(new[] { true, true, true }));
    }

    [Test]
    public void A_cue_is_in_only_when_every_clause_has_a_string_in_the_sentence()
    {
        // One kind, two cues: "had ... therapy" and "relief".
        var prefilter = new CuePrefilter([[[["had", "underwent"], ["therapy"]], [["relief"]]]]);

        Assert.Multiple(() =>
        {
            Assert.That(Marked(prefilter, "She had surgery."), Is.EqualTo(new[] { false }));
            Assert.That(Marked(prefilter, "She underwent therapy."), Is.EqualTo(new[] { true }));
            Assert.That(Marked(prefilter, "Relief was noted."), Is.EqualTo(new[] { true }));
        });
    }

    [Test]
    public void A_kind_with_a_cue_without_clauses_is_always_marked()
    {
        var prefilter = new CuePrefilter([[[["knee"]], []], [[["relief"]]]]);

        Assert.That(Marked(prefilter, "nothing here"), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void A_sentence_with_a_character_that_ignoring_case_reads_as_ascii_marks_every_kind()
    {
        // The Kelvin sign matches k in an ignore-case pattern, though it is not the letter k.
        var prefilter = new CuePrefilter([[[["knee"]]], [[["relief"]]]]);

        Assert.That(Marked(prefilter, "left \u212Anee pain"), Is.EqualTo(new[] { true, true }));
    }

    [Test]
    public void Every_shipped_cue_kind_has_literals_so_none_runs_on_every_sentence()
    {
        var without = CueTable.Default.Kinds.Where(k => !k.Prefiltered).Select(k => k.Kind).ToList();

        Assert.That(without, Is.Empty);
    }

    [Test]
    public void On_every_corpus_and_seed_sentence_each_kind_whose_cues_match_is_marked()
    {
        var table = CueTable.Default;
        var sentences = Letters.Seeds.Concat(Letters.Corpus)
            .SelectMany(l => l.Items.SelectMany(i => new[] { i.Heading, i.Rationale }).Prepend(l.ClinicalSummary))
            .Select(t => t.Replace('\r', ' ').Replace('\n', ' '))
            .SelectMany(t => SentenceSplitter.Split(t).Select(s => t[s.Start..s.End]))
            .ToList();
        var missed = new List<string>();
        var skipped = 0;
        foreach (var sentence in sentences)
        {
            var marked = Marked(table.Prefilter, sentence);
            for (var k = 0; k < table.Kinds.Count; k++)
            {
                var matches = table.Kinds[k].Cue.IsMatch(sentence);
                if (matches && !marked[k])
                {
                    missed.Add($"{table.Kinds[k].Kind}: {sentence}");
                }

                skipped += marked[k] ? 0 : 1;
            }
        }

        Assert.That(missed, Is.Empty);
        Assert.That(skipped, Is.GreaterThan(sentences.Count * table.Kinds.Count * 9 / 10), "the prefilter leaves out most kinds of most sentences");
    }
}
