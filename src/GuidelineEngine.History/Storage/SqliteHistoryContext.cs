using Microsoft.EntityFrameworkCore;

namespace GuidelineEngine.History.Storage;

/// <summary>The history in a SQLite file, with its own migrations.</summary>
public sealed class SqliteHistoryContext(DbContextOptions<SqliteHistoryContext> options) : HistoryContext(options)
{
    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // SQLite cannot order or compare DateTimeOffset natively; store it as UTC ticks.
        modelBuilder.Entity<RunEntity>().Property(r => r.RecordedAt)
            .HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
    }
}
