using GuidelineEngine.History.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GuidelineEngine.History.Tests;

/// <summary>
/// Real stores for the history tests: a SQLite file in a temporary folder, or a fresh database on
/// the PostgreSQL server named by <see cref="PostgresVariable"/> (never a mock). Without that
/// variable the PostgreSQL tests fail under CI (<c>CI=true</c>), so CI cannot skip them silently,
/// and are ignored elsewhere, saying why.
/// </summary>
internal sealed class HistoryStores : IDisposable
{
    /// <summary>The environment variable holding the test server's connection string (see .ci/postgres.sh).</summary>
    public const string PostgresVariable = "GUIDELINE_TEST_POSTGRES";

    private readonly string? folder;
    private readonly string? database;
    private readonly string? adminConnection;

    private HistoryStores(HistoryOptions options, string? folder, string? database, string? adminConnection)
    {
        Options = options;
        this.folder = folder;
        this.database = database;
        this.adminConnection = adminConnection;
    }

    /// <summary>The options pointing at the store.</summary>
    public HistoryOptions Options { get; }

    /// <summary>A new history over the store (each one migrates on first use, as a new process would).</summary>
    public RunHistory NewHistory() => new(Microsoft.Extensions.Options.Options.Create(Options));

    /// <summary>A fresh store of the kind named: <c>sqlite</c> or <c>postgres</c>.</summary>
    public static HistoryStores Create(string kind)
    {
        if (kind == "sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "guideline-history-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder); // the history makes no folders: a mistyped path is an error
            return new HistoryStores(new HistoryOptions { SqlitePath = Path.Combine(folder, "history.db") }, folder, null, null);
        }

        var connection = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connection))
        {
            var why = $"{PostgresVariable} is not set: the PostgreSQL history tests need a real server (source .ci/postgres.sh)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(why);
            }

            Assert.Ignore(why);
        }

        var name = "guideline_test_" + Guid.NewGuid().ToString("N")[..12];
        Execute(connection!, $"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(connection) { Database = name };
        return new HistoryStores(new HistoryOptions { PostgresConnectionString = builder.ConnectionString }, null, name, connection);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (folder is not null && Directory.Exists(folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        if (database is not null && adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(adminConnection, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
