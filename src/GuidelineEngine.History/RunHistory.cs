using GuidelineEngine.History.Storage;
using GuidelineEngine.Reporting.Sections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidelineEngine.History;

/// <summary>
/// The recorded runs, in SQLite by default or PostgreSQL when configured. The schema is EF Core
/// migrations, applied on first use. A run is stored in one transaction, so an interrupted run
/// leaves nothing; concurrent recorders each get their own run.
/// </summary>
public sealed class RunHistory(IOptions<HistoryOptions> options)
{
    private readonly HistoryOptions settings = options.Value;
    private readonly Lock migrating = new();
    private bool isMigrated;

    /// <summary>Where the history is, as messages name it.</summary>
    public string Where => settings.Describe();

    /// <summary>
    /// True when a history may hold runs: PostgreSQL is configured, or something is at the SQLite
    /// path (a folder there is an error when opened, not an empty history).
    /// </summary>
    public bool Exists => settings.UsesPostgres || Path.Exists(settings.SqlitePath);

    /// <summary>Stores a run and all its rows in one transaction; returns its id.</summary>
    public long Record(RunEntity run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var db = Open();
        db.Runs.Add(run);
        db.SaveChanges();
        return run.Id;
    }

    /// <summary>Every run, oldest first, without items.</summary>
    public IReadOnlyList<RunEntity> List()
    {
        using var db = Open();
        return [.. db.Runs.AsNoTracking().OrderBy(r => r.Id)];
    }

    /// <summary>One run with its inputs, items and criteria.</summary>
    /// <exception cref="RunNotFoundException">No such run.</exception>
    public RunEntity Show(long id)
    {
        using var db = Open();
        return db.Runs.AsNoTracking().AsSplitQuery()
            .Include(r => r.Inputs)
            .Include(r => r.RunItems).ThenInclude(i => i.Criteria)
            .SingleOrDefault(r => r.Id == id) ?? throw new RunNotFoundException(id, Where);
    }

    /// <summary>The items whose prediction, class or criteria differ between two runs, with the rules that changed.</summary>
    /// <exception cref="RunNotFoundException">Either run is missing.</exception>
    public RunDiff Diff(long before, long after)
    {
        var a = Show(before);
        var b = Show(after);
        var itemsA = a.RunItems.ToDictionary(i => (i.Letter, i.Number));
        var itemsB = b.RunItems.ToDictionary(i => (i.Letter, i.Number));
        var changes = new List<ItemChange>();
        foreach (var key in itemsA.Keys.Union(itemsB.Keys).OrderBy(k => k.Letter, StringComparer.Ordinal).ThenBy(k => k.Number))
        {
            var x = itemsA.GetValueOrDefault(key);
            var y = itemsB.GetValueOrDefault(key);
            var statusA = x?.Criteria.ToDictionary(c => c.Rule, c => c.Status) ?? [];
            var statusB = y?.Criteria.ToDictionary(c => c.Rule, c => c.Status) ?? [];
            var rules = statusA.Keys.Union(statusB.Keys).Order(StringComparer.Ordinal)
                .Where(r => statusA.GetValueOrDefault(r) != statusB.GetValueOrDefault(r))
                .Select(r => new RuleChange(r, statusA.GetValueOrDefault(r), statusB.GetValueOrDefault(r)))
                .ToList();
            if (x?.Predicted != y?.Predicted || x?.ConsistencyClass != y?.ConsistencyClass || rules.Count > 0)
            {
                changes.Add(new ItemChange(key.Letter, key.Number, (x ?? y)!.Item, x?.Predicted, y?.Predicted, x?.ConsistencyClass, y?.ConsistencyClass, rules));
            }
        }

        a.RunItems = [];
        b.RunItems = [];
        return new RunDiff(a, b, changes);
    }

    /// <summary>Each run's agreement and kappa, oldest first, for the report's trend.</summary>
    public IReadOnlyList<RunTrendPoint> Trend() =>
        [.. List().Select(r => new RunTrendPoint(r.Id, r.RecordedAt, r.Mode, r.RuleSetHash.Length >= 12 ? r.RuleSetHash[..12] : r.RuleSetHash, r.Agreement, r.Kappa))];

    // A folder at the path, or a path into folders that do not exist (a mistyped setting), is said;
    // only the default location's folder (in the user's data folder) is made.
    private void CheckSqlitePath()
    {
        var path = Path.GetFullPath(settings.SqlitePath);
        if (Directory.Exists(path))
        {
            throw new IOException($"'{path}' is a folder: History:SqlitePath must name a file, e.g. '{Path.Combine(path, "guideline-history.db")}'");
        }

        var folder = Path.GetDirectoryName(path);
        if (folder is not null && !Directory.Exists(folder) && settings.IsDefaultSqlitePath)
        {
            Directory.CreateDirectory(folder);
        }
        else if (folder is not null && !Directory.Exists(folder))
        {
            throw new IOException($"the folder '{folder}' does not exist: create it, or set History:SqlitePath to a file in a folder that does");
        }
    }

    /// <summary>A context on the configured database, its migrations applied.</summary>
    internal HistoryContext Open()
    {
        HistoryContext db = settings.UsesPostgres
            ? new PostgresHistoryContext(new DbContextOptionsBuilder<PostgresHistoryContext>().UseNpgsql(settings.PostgresConnectionString).Options)
            : new SqliteHistoryContext(new DbContextOptionsBuilder<SqliteHistoryContext>().UseSqlite($"Data Source={settings.SqlitePath}").Options);
        lock (migrating)
        {
            if (!isMigrated)
            {
                if (!settings.UsesPostgres)
                {
                    CheckSqlitePath();
                }

                // Only a history that needs it is migrated: migrating writes (the migration lock), and a
                // read-only history that is up to date must still list, show and compare its runs.
                // Migrate takes the provider's migration lock, so two processes starting at once are safe.
                if (db.Database.GetPendingMigrations().Any())
                {
                    db.Database.Migrate();
                }

                isMigrated = true;
            }
        }

        return db;
    }
}
