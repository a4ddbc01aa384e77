using Microsoft.EntityFrameworkCore;

namespace GuidelineEngine.History.Storage;

/// <summary>
/// The run history's tables. Each provider has its own derived context so that each keeps its
/// own migrations (<see cref="SqliteHistoryContext"/>, <see cref="PostgresHistoryContext"/>).
/// </summary>
public abstract class HistoryContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The runs.</summary>
    public DbSet<RunEntity> Runs => Set<RunEntity>();

    /// <summary>The runs' items.</summary>
    public DbSet<RunItemEntity> RunItems => Set<RunItemEntity>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<RunEntity>(run =>
        {
            run.ToTable("runs");
            run.Property(r => r.Mode).HasMaxLength(16);
            run.Property(r => r.RuleSetVersion).HasMaxLength(200);
            run.Property(r => r.RuleSetHash).HasMaxLength(64);
            run.HasMany(r => r.Inputs).WithOne().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Cascade);
            run.HasMany(r => r.RunItems).WithOne().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RunInputEntity>(input =>
        {
            input.ToTable("run_inputs");
            input.Property(i => i.Sha256).HasMaxLength(64);
        });
        modelBuilder.Entity<RunItemEntity>(item =>
        {
            item.ToTable("run_items");
            item.HasIndex(i => new { i.RunId, i.Letter, i.Number }).IsUnique();
            item.Property(i => i.Predicted).HasMaxLength(16);
            item.Property(i => i.Recorded).HasMaxLength(16);
            item.Property(i => i.ConsistencyClass).HasMaxLength(40);
            item.HasMany(i => i.Criteria).WithOne().HasForeignKey(c => c.RunItemId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RunCriterionEntity>(criterion =>
        {
            criterion.ToTable("run_criteria");
            criterion.Property(c => c.Status).HasMaxLength(16);
        });
    }
}
