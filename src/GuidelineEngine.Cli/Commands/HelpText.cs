namespace GuidelineEngine.Cli.Commands;

/// <summary>Command descriptions that end with examples, so that <c>--help</c> shows how each command is typed.</summary>
internal static class HelpText
{
    public static string WithExamples(string description, params string[] examples) =>
        description + Environment.NewLine + Environment.NewLine + "Examples:" + Environment.NewLine
        + string.Join(Environment.NewLine, examples.Select(e => "  " + e));
}
