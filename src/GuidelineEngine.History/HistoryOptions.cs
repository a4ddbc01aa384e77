using Npgsql;

namespace GuidelineEngine.History;

/// <summary>
/// Where the run history lives: the <c>History</c> section of <c>appsettings.json</c> (or the
/// environment, e.g. <c>History__PostgresConnectionString</c>).
/// </summary>
public sealed class HistoryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "History";

    /// <summary>
    /// The SQLite file used when none is configured: in the user's data folder
    /// (<c>~/.local/share/GuidelineEngine</c> on Linux, <c>%LOCALAPPDATA%\GuidelineEngine</c> on Windows),
    /// never in the checkout or whatever folder the command runs in.
    /// </summary>
    public static string DefaultSqlitePath { get; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "GuidelineEngine", "guideline-history.db");

    private string sqlitePath = DefaultSqlitePath;

    /// <summary>
    /// The SQLite file used when no PostgreSQL connection string is set; relative paths are from the
    /// working directory; empty means <see cref="DefaultSqlitePath"/>.
    /// </summary>
    public string SqlitePath
    {
        get => sqlitePath;
        set => sqlitePath = string.IsNullOrWhiteSpace(value) ? DefaultSqlitePath : value;
    }

    /// <summary>True when the history is the default file, whose folder may be made; a configured path's folders never are.</summary>
    public bool IsDefaultSqlitePath => string.Equals(Path.GetFullPath(SqlitePath), DefaultSqlitePath, StringComparison.Ordinal);

    /// <summary>A PostgreSQL connection string (Npgsql syntax); when set, the history is kept there instead of SQLite.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>True when the history is kept in PostgreSQL.</summary>
    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    /// <summary>Where the history is, as messages name it (a PostgreSQL connection is named without its password).</summary>
    public string Describe() => UsesPostgres ? $"PostgreSQL ({WithoutPassword(PostgresConnectionString!)})" : $"SQLite file {Path.GetFullPath(SqlitePath)}";

    // Npgsql reads the password under several names (Password, PWD, PSW); its own parser knows them all.
    private static string WithoutPassword(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString) { Password = null }.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "a connection string that does not parse";
        }
    }
}
