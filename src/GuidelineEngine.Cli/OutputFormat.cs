namespace GuidelineEngine.Cli;

/// <summary>How a command prints its results.</summary>
internal enum OutputFormat
{
    /// <summary>A table for people.</summary>
    Table,

    /// <summary>camelCase JSON for programs.</summary>
    Json,
}
