using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Application.Tests.UseCases;

public class PrescreenerTests
{
    private const string Note = "The patient has taken Norco since 01/02/2014. Pain is 8/10 without and 4/10 with medication. She walks further. She denies side effects. No aberrant behavior. A urine drug screen on 06/01/2014 was consistent.";

    [Test]
    public void A_note_is_prescreened_per_item_with_no_recorded_outcome()
    {
        var items = Engine.Get<Prescreener>().Prescreen(new PrescreenNote(Note, ["Norco 10/325mg #60", "MRI of the moon"], new DateOnly(2014, 9, 10)));

        Assert.That(items.Select(i => i.Item), Is.EqualTo(new[] { "Norco 10/325mg #60", "MRI of the moon" }));
        Assert.That(items.Select(i => i.Recorded), Is.All.Null);
        Assert.That(items.Select(i => i.Agrees), Is.All.Null);
        Assert.That(items[0].Evaluation.Topic, Is.EqualTo("Opioids"));
        Assert.That(items[1].Evaluation.Predicted, Is.EqualTo(Determination.NotCovered));
    }

    [Test]
    public void The_request_date_chooses_the_edition()
    {
        var before = Engine.Get<Prescreener>().Prescreen(new PrescreenNote(Note, ["Norco 10/325mg #60"], new DateOnly(2014, 9, 10)));
        var after = Engine.Get<Prescreener>().Prescreen(new PrescreenNote(Note, ["Norco 10/325mg #60"], new DateOnly(2016, 12, 1)));

        Assert.That((before[0].Evaluation.EditionName, after[0].Evaluation.EditionName), Is.EqualTo(("2009", "2016")));
    }

    [Test]
    public void Facts_come_from_the_note_and_the_item_only()
    {
        var items = Engine.Get<Prescreener>().Prescreen(new PrescreenNote(Note, ["Norco 10/325mg #60"]));

        Assert.That(items[0].Evaluation.Facts.Facts.Select(f => f.Section).Distinct(), Is.SubsetOf(new[] { SourceSection.Summary, SourceSection.ItemHeading, SourceSection.Header }));
    }

    [TestCase("", "clinicalText", "is empty")]
    [TestCase(Note, "items", "is required")]
    public void A_note_that_cannot_be_prescreened_says_which_field_and_why(string text, string field, string message)
    {
        var note = new PrescreenNote(text, []);

        Assert.That(note.Problems(), Has.Some.Matches<(string Field, string Message)>(p => p.Field == field && p.Message.StartsWith(message, StringComparison.Ordinal)));
        Assert.That(() => Engine.Get<Prescreener>().Prescreen(note), Throws.ArgumentException);
    }

    [Test]
    public void A_blank_item_is_named_by_its_position() =>
        Assert.That(new PrescreenNote(Note, ["Norco", " "]).Problems().Single().Field, Is.EqualTo("items[1]"));
}
