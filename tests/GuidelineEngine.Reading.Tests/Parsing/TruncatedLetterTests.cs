using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests.Parsing;

/// <summary>A letter that ends before its structure does is an error, or a warning, naming what is missing; never a silent success.</summary>
public class TruncatedLetterTests
{
    private const int Seed = 14;
    private const int Cuts = 150;

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Letters = new(() =>
        [.. Directory.EnumerateFiles(TestPaths.CorpusLetters, "*.txt").Order(StringComparer.Ordinal).Select(p => (Path.GetFileName(p), File.ReadAllText(p)))]);

    [Test]
    public void A_letter_cut_inside_its_item_list_is_an_error_naming_the_cut_item()
    {
        var (name, text) = Letters.Value.First(l => new LetterReader().ReadText(l.Name, l.Text).Letter!.Items.Count == 3);
        var full = new LetterReader().ReadText(name, text).Letter!;
        var second = text.IndexOf(full.Items[1].Heading.Split(':')[0], text.IndexOf("IMR ISSUES", StringComparison.Ordinal), StringComparison.Ordinal);
        var cut = text[..text.IndexOf("Claims Administrator guideline:", second, StringComparison.Ordinal)];

        var result = new LetterReader().ReadText(name, cut);

        Assert.That(result.Succeeded, Is.False, "a letter cut inside its second item was read as complete");
        Assert.That(result.Error!.Message, Does.Contain("cut off"));
    }

    [Test]
    public void A_letter_cut_after_a_sentence_of_its_last_rationale_reads_with_a_warning_quoting_where_it_stops()
    {
        var seed = File.ReadAllText(TestPaths.Seed("000"));
        var cut = seed[..seed.LastIndexOf("A short course of muscle relaxant", StringComparison.Ordinal)];

        var result = new LetterReader().ReadText("cut.txt", cut);

        // A whole sentence may also end a complete rationale worded otherwise: a warning, not a lost letter.
        var warning = result.Letter!.Warnings.Single(w => w.Contains("cut off", StringComparison.Ordinal));
        Assert.That(warning, Does.StartWith("item 2 'Cyclobenzaprine 5mg #60' has a 'Decision rationale:' paragraph that ends without stating whether the request is medically necessary"));
        Assert.That(warning, Does.Contain("and pain and overall improvement.\"").And.Contain("may be cut off"));
    }

    [Test]
    public void A_complete_letter_whose_last_rationale_states_its_conclusion_has_no_cut_off_warning() =>
        Assert.That(new LetterReader().Read(TestPaths.Seed("000")).Letter!.Warnings, Has.None.Contains("cut off"));

    [Test]
    public void A_letter_cut_mid_sentence_is_an_error()
    {
        var seed = File.ReadAllText(TestPaths.Seed("000"));
        var cut = seed[..(seed.LastIndexOf("Therefore, the", StringComparison.Ordinal) + "Therefore, the".Length)];

        Assert.That(new LetterReader().ReadText("cut.txt", cut).Error?.Message, Does.Contain("stops before its conclusion"));
    }

    [Test]
    public void Every_whole_corpus_and_seed_letter_is_still_read()
    {
        var failures = new LetterReader().ReadAll([TestPaths.CorpusLetters, TestPaths.Seeds]).Where(r => !r.Succeeded).Select(r => r.Error!.ToString());

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void No_random_cut_of_a_real_letter_loses_items_or_text_without_an_error_or_warning()
    {
        var random = new Random(Seed);
        var reader = new LetterReader();
        var silent = new List<string>();
        for (var n = 0; n < Cuts; n++)
        {
            var (name, text) = Letters.Value[random.Next(Letters.Value.Count)];
            var issues = text.IndexOf("IMR ISSUES", StringComparison.Ordinal);
            var at = random.Next(issues, text.TrimEnd().Length);
            var full = reader.ReadText(name, text).Letter!;
            var cut = reader.ReadText(name, text[..at]);
            if (cut.Letter is not { } letter)
            {
                continue;
            }

            // The only cut no structure can reveal: exactly between two items. Then every item read is whole.
            var whole = letter.Items.Count <= full.Items.Count
                && letter.Items.Select(i => (i.Request, i.Rationale)).SequenceEqual(full.Items.Take(letter.Items.Count).Select(i => (i.Request, i.Rationale)));
            if (!whole && !letter.Warnings.Any(w => w.Contains("may be cut off", StringComparison.Ordinal)))
            {
                silent.Add($"{name} cut at {at}: {letter.Items.Count} of {full.Items.Count} items, last rationale ends '{Tail(letter.Items[^1].Rationale)}'");
            }
        }

        Assert.That(silent, Is.Empty);
    }

    private static string Tail(string text) => text.Length <= 60 ? text : text[^60..];
}
