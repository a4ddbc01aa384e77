using GuidelineEngine.Cli.Commands;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Cli.Tests.Commands;

public class UsageChecksTests
{
    private static string MissingFolder => Path.Combine(Path.GetTempPath(), "guideline-missing-" + Guid.NewGuid().ToString("N"));

    [TestCase("--out", "results.json")]
    [TestCase("--report", "report.html")]
    public async Task An_output_file_in_a_folder_that_does_not_exist_is_a_usage_error_before_any_work(string option, string name)
    {
        var folder = MissingFolder;

        var (exitCode, output, error) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, option, Path.Combine(folder, name), "--quiet");

        Assert.That(exitCode, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain($"{option}: the folder '{folder}' does not exist"));
        Assert.That(output, Is.Empty, "results were printed before the usage error");
        Assert.That(Directory.Exists(folder), Is.False);
    }

    [TestCase("0")]
    [TestCase("-3")]
    [TestCase("513")]
    [TestCase("abc")]
    [TestCase("1.5")]
    [TestCase("99999999999")]
    public async Task A_thread_count_that_is_not_a_whole_number_in_range_is_one_usage_error_line_naming_the_range(string threads)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--threads", threads, "--quiet");

        Assert.That(exitCode, Is.EqualTo(2), error);
        Assert.That(error, Does.StartWith($"usage error: --threads: expected a whole number from 1 to {UsageChecks.MaxThreads}, got '{threads}'"));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(2), "the error and where to find the usage");
        Assert.That(output, Is.Empty);
    }

    [Test]
    public async Task The_largest_allowed_thread_count_runs()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--threads", UsageChecks.MaxThreads.ToString(System.Globalization.CultureInfo.InvariantCulture), "--quiet");

        Assert.That(exitCode, Is.Zero, error);
    }
}
