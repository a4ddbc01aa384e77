using GuidelineEngine.Testing;

namespace GuidelineEngine.Cli.Tests;

/// <summary>Whatever is wrong with a command line is one usage error line, exit 2, before any work, in the user's terms.</summary>
public class CommandLineErrorTests
{
    private static async Task<string> UsageError(params string[] args)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(args);
        Assert.That(exitCode, Is.EqualTo(2), error);
        Assert.That(output, Is.Empty, "work was done before the usage error");
        var lines = error.TrimEnd().Split('\n');
        Assert.That(lines, Has.Length.EqualTo(2), error);
        Assert.That(lines[1].TrimEnd(), Does.Match(@"^Run 'guideline( [a-z]+)* --help' for usage\.$"));
        return lines[0].TrimEnd();
    }

    [Test]
    public async Task An_unknown_option_is_a_usage_error_not_a_file_name() =>
        Assert.That(await UsageError("evaluate", TestPaths.Seeds, "--bogus"), Is.EqualTo("usage error: unknown option '--bogus'"));

    [Test]
    public async Task A_mistyped_option_is_a_usage_error_that_says_which_one_was_meant() =>
        Assert.That(await UsageError("evaluate", TestPaths.Seeds, "--detials"), Is.EqualTo("usage error: unknown option '--detials': did you mean '--details'?"));

    [Test]
    public async Task A_mistyped_command_is_a_usage_error_that_says_which_one_was_meant() =>
        Assert.That(await UsageError("evaulate", TestPaths.Seeds), Is.EqualTo("usage error: unknown command 'evaulate': did you mean 'evaluate'?"));

    [Test]
    public async Task A_mistyped_subcommand_says_which_one_was_meant_and_where_its_usage_is()
    {
        var (_, _, error) = await CliRunner.RunAsync("history", "lst");

        Assert.That(error, Is.EqualTo("usage error: unknown command 'lst': did you mean 'list'?" + Environment.NewLine + "Run 'guideline history --help' for usage." + Environment.NewLine));
    }

    [Test]
    public async Task A_value_of_the_wrong_kind_names_the_argument_in_the_users_terms_not_a_dotnet_type() =>
        Assert.That(await UsageError("history", "show", "abc"), Is.EqualTo("usage error: RUN: 'abc' is not a whole number"));

    [Test]
    public async Task An_argument_after_a_double_dash_is_a_path_even_when_it_starts_with_a_dash()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("evaluate", "--quiet", "--format", "json", "--", "--not-an-option.txt");

        Assert.That(exitCode, Is.EqualTo(1), "the path is read, and fails as a missing file");
        Assert.That(error, Does.Contain("--not-an-option.txt").And.Not.Contain("usage error"));
    }

    [Test]
    public async Task History_help_names_the_format_values_not_a_dotnet_type()
    {
        var (_, output, _) = await CliRunner.RunAsync("history", "list", "--help");

        Assert.That(output, Does.Contain("--format <table|json>").And.Not.Contain("HistoryFormat"));
    }

    [TestCase("--detials", "--details", "--details")]
    [TestCase("evaulate", "evaluate", "evaluate")]
    [TestCase("--zzz", "--details", null)]
    public void The_closest_name_is_suggested_only_when_it_is_close(string typed, string candidate, string? expected) =>
        Assert.That(DidYouMean.Closest(typed, [candidate, "--quiet"]), Is.EqualTo(expected));
}
