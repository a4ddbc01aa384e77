using Microsoft.EntityFrameworkCore;

namespace GuidelineEngine.History.Storage;

/// <summary>The history in a PostgreSQL database, for a team sharing one history; with its own migrations.</summary>
public sealed class PostgresHistoryContext(DbContextOptions<PostgresHistoryContext> options) : HistoryContext(options);
