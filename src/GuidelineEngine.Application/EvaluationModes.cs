using GuidelineEngine.Facts;

namespace GuidelineEngine.Application;

/// <summary>The one way modes are read and written: <c>prescreen</c> and <c>audit</c>, as users type them.</summary>
public static class EvaluationModes
{
    /// <summary>The allowed values, as help and errors name them.</summary>
    public const string Allowed = "prescreen|audit";

    /// <summary>Reads a mode as a user typed it, ignoring case.</summary>
    /// <returns>False when <paramref name="text"/> is not a mode; the error says what is allowed.</returns>
    public static bool TryParse(string? text, out EvaluationMode mode, out string error)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "prescreen":
                (mode, error) = (EvaluationMode.Prescreen, string.Empty);
                return true;
            case "audit":
                (mode, error) = (EvaluationMode.Audit, string.Empty);
                return true;
            default:
                (mode, error) = (default, $"'{text}' is not a mode: expected prescreen or audit");
                return false;
        }
    }

    /// <summary>The mode as written in output: <c>prescreen</c> or <c>audit</c>.</summary>
    public static string Name(EvaluationMode mode) => mode == EvaluationMode.Audit ? "audit" : "prescreen";
}
