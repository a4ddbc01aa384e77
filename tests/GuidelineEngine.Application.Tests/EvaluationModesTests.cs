using GuidelineEngine.Facts;

namespace GuidelineEngine.Application.Tests;

public class EvaluationModesTests
{
    [TestCase("prescreen", EvaluationMode.Prescreen)]
    [TestCase("AUDIT", EvaluationMode.Audit)]
    [TestCase(" audit ", EvaluationMode.Audit)]
    public void Modes_are_read_as_users_type_them(string text, EvaluationMode expected)
    {
        Assert.That(EvaluationModes.TryParse(text, out var mode, out _), Is.True);
        Assert.That(mode, Is.EqualTo(expected));
    }

    [TestCase("Prescreen2")]
    [TestCase("")]
    [TestCase(null)]
    public void An_unknown_mode_is_refused_naming_the_allowed_values(string? text)
    {
        Assert.That(EvaluationModes.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain("expected prescreen or audit"));
    }

    [Test]
    public void Modes_are_written_in_lower_case() =>
        Assert.That(Enum.GetValues<EvaluationMode>().Select(EvaluationModes.Name), Is.EqualTo(new[] { "prescreen", "audit" }));
}
