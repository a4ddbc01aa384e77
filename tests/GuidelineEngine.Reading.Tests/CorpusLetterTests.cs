using GuidelineEngine.Model;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests;

public class CorpusLetterTests
{
    private static readonly Lazy<IReadOnlyList<LetterReadResult>> Corpus =
        new(() => [.. new LetterReader().ReadAll([TestPaths.CorpusLetters])]);

    [Test]
    public void All_117_corpus_letters_read_without_error()
    {
        Assert.That(Corpus.Value, Has.Count.EqualTo(117));
        Assert.That(Corpus.Value.Where(r => !r.Succeeded).Select(r => r.Error!.ToString()), Is.Empty);
    }

    [Test]
    public void Every_item_text_and_outcome_equals_the_recorded_outcomes_file()
    {
        var expected = RecordedOutcome.ReadAll(TestPaths.CorpusOutcomes)
            .Select(o => $"{o.Letter}\t{o.ItemNumber}\t{o.Item}\t{o.Outcome}");
        var actual = Corpus.Value.Where(r => r.Succeeded).SelectMany(r => r.Letter!.Items.Select(i =>
            $"{Path.GetFileName(r.File)}\t{i.Number}\t{i.Request}\t{i.Outcome}"));

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void The_corpus_holds_253_items_225_upheld_and_28_overturned()
    {
        var items = Corpus.Value.SelectMany(r => r.Letter?.Items ?? []).ToList();

        Assert.That(items, Has.Count.EqualTo(253));
        Assert.That(items.Count(i => i.Outcome == Outcome.Upheld), Is.EqualTo(225));
    }

    [Test]
    public void Every_corpus_letter_has_a_case_number_equal_to_its_file_name()
    {
        Assert.That(
            Corpus.Value.Select(r => r.Letter!.Header.CaseNumber),
            Is.EqualTo(Corpus.Value.Select(r => Path.GetFileNameWithoutExtension(r.File))));
    }

    [Test]
    public void The_header_block_gives_every_date_and_the_priority()
    {
        var header = new LetterReader().Read(Path.Combine(TestPaths.CorpusLetters, "CM16-0230651.txt")).Letter!.Header;

        Assert.That(header, Is.EqualTo(new LetterHeader
        {
            CaseNumber = "CM16-0230651",
            DateAssigned = new DateOnly(2016, 12, 7),
            DateOfInjury = new DateOnly(2016, 10, 13),
            DecisionDate = new DateOnly(2017, 1, 9),
            UrDenialDate = new DateOnly(2016, 11, 22),
            Priority = "Standard",
            ApplicationReceived = new DateOnly(2016, 11, 29),
        }));
    }

    [Test]
    public void A_modified_request_keeps_the_original_the_authorized_part_and_the_part_decided()
    {
        var item = new LetterReader().Read(Path.Combine(TestPaths.CorpusLetters, "CM16-0230651.txt")).Letter!.Items[^1];

        Assert.Multiple(() =>
        {
            Assert.That(item.Modification, Is.EqualTo(new ModifiedRequest(
                "Physical therapy to the low back eight sessions",
                "Physical therapy to the low back six sessions")));
            Assert.That(item.Request, Is.EqualTo("Physical therapy to the low back two sessions"));
            Assert.That(item.Outcome, Is.EqualTo(Outcome.Upheld));
        });
    }

    [Test]
    public void A_heading_after_a_page_break_does_not_swallow_the_rationale_before_it()
    {
        var items = new LetterReader().Read(Path.Combine(TestPaths.CorpusLetters, "CM16-0234464.txt")).Letter!.Items;

        Assert.That(items.Select(i => i.Heading), Does.Contain("Lidocaine ointment 5% 106.32gm: Upheld"));
    }
}
