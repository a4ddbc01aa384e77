using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Application.Tests.UseCases;

/// <summary>Whatever one letter does, the batch completes with every other letter's result.</summary>
public class FaultBarrierTests
{
    [Test]
    public void A_fault_inside_one_letter_becomes_its_error_as_an_internal_fault_with_what_to_report()
    {
        var letter = LetterEvaluator.Guarded("x.txt", () => throw new InvalidOperationException("a defect"));

        Assert.That(letter.Error, Does.StartWith("x.txt: internal fault while evaluating it (InvalidOperationException: a defect)"));
        Assert.That(letter.Error, Does.Contain(InternalFault.ReportTo));
        Assert.That(letter.Items, Is.Empty);
    }

    [Test]
    public void A_letter_whose_item_has_a_number_too_large_for_any_field_still_gets_its_results_and_so_does_the_batch()
    {
        var folder = Directory.CreateTempSubdirectory("guideline-barrier-").FullName;
        try
        {
            File.Copy(TestPaths.Seed("003"), Path.Combine(folder, "a.txt"));
            var seed = File.ReadAllText(TestPaths.Seed("000"));
            File.WriteAllText(Path.Combine(folder, "b.txt"), seed.Replace("Norco 10/325mg #60", "Norco 10/325 #999999999999999999999999999999", StringComparison.Ordinal));
            File.Copy(TestPaths.Seed("001"), Path.Combine(folder, "c.txt"));

            var letters = Engine.Get<LetterEvaluator>().EvaluateAll([folder], EvaluationMode.Audit, 2).ToList();

            Assert.That(letters.Select(l => (Path.GetFileName(l.File), l.Error)), Is.EqualTo(new[] { ("a.txt", (string?)null), ("b.txt", null), ("c.txt", null) }));
            Assert.That(letters[1].Items.Select(i => i.Item), Does.Contain("Norco 10/325 #999999999999999999999999999999"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
