using System.CommandLine;
using GuidelineEngine.Application;
using GuidelineEngine.Facts;

namespace GuidelineEngine.Cli.Commands;

/// <summary>The <c>--mode prescreen|audit</c> option every command shares, read by the one mode parser.</summary>
internal static class ModeOption
{
    public static Option<EvaluationMode?> Create() => new("--mode")
    {
        Description = $"{EvaluationModes.Allowed}: prescreen reads the clinical summary and item heading only; audit also the reviewer's rationale. Default from configuration: Evaluation:DefaultMode.",
        HelpName = EvaluationModes.Allowed,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (EvaluationModes.TryParse(text, out var mode, out var error))
            {
                return mode;
            }

            result.AddError($"--mode: {error}");
            return null;
        },
    };
}
