using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace GuidelineEngine.History;

/// <summary>What counts as the run history's database failing, as opposed to a bug: it is said in one line, never as a stack trace.</summary>
public static class HistoryFailure
{
    /// <summary>
    /// True for a database that cannot be reached, opened, migrated or written: the provider's
    /// errors, EF Core's wrapped save and connection errors, and a file that cannot be made.
    /// </summary>
    public static bool Is(Exception e) =>
        e is DbException or DbUpdateException or IOException or UnauthorizedAccessException
            || (e is InvalidOperationException && e.InnerException is DbException);
}
