namespace GuidelineEngine.Reading;

/// <summary>
/// Expands files and folders (recursively, in ordinal path order) into the letter files they
/// hold. Each real file is listed once however many links lead to it; a folder that cannot be
/// read, and a link back to a folder above it, are listed once as that path's problem, and the
/// search goes on.
/// </summary>
public sealed class LetterPaths
{
    private readonly Func<string, IEnumerable<FileSystemInfo>> list;

    /// <summary>Searches the file system.</summary>
    public static LetterPaths Default { get; } = new(folder => new DirectoryInfo(folder).GetFileSystemInfos());

    /// <summary>Searches with <paramref name="list"/> listing a folder's entries (a seam for tests).</summary>
    internal LetterPaths(Func<string, IEnumerable<FileSystemInfo>> list) => this.list = list;

    /// <summary>
    /// The letter files under <paramref name="paths"/>, then problems, in ordinal path order per
    /// argument. A path that does not exist is kept with that problem, so that it is reported.
    /// </summary>
    public IEnumerable<LetterPath> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                // Known before any reading: said as the path's problem, so that a command can say it first.
                yield return File.Exists(path) ? new LetterPath(path) : new LetterPath(path, "does not exist");
                continue;
            }

            var found = new List<LetterPath>();
            var searched = seenFolders.Count;
            Search(path, [], seenFolders, seenFiles, found);
            if (found.Count == 0 && seenFolders.Count > searched)
            {
                // Nothing to evaluate is said, not a run of "letters: 0" that looks like success.
                found.Add(new LetterPath(path, EmptyFolder(path)));
            }
            foreach (var entry in found.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                yield return entry;
            }
        }
    }

    private void Search(string folder, List<string> ancestors, HashSet<string> seenFolders, HashSet<string> seenFiles, List<LetterPath> found)
    {
        string real;
        try
        {
            real = RealPath.Of(folder);
        }
        catch (IOException e)
        {
            found.Add(new LetterPath(folder, $"is a folder link that cannot be followed: {e.Message}"));
            return;
        }

        if (ancestors.Contains(real, StringComparer.Ordinal))
        {
            found.Add(new LetterPath(folder, $"is a symbolic link back to '{real}', a folder above it: a loop, not followed"));
            return;
        }

        if (!seenFolders.Add(real))
        {
            return; // Reached by another link: its letters are listed once.
        }

        List<FileSystemInfo> entries;
        try
        {
            entries = [.. list(folder)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            found.Add(new LetterPath(folder, $"is a folder that cannot be read: {e.Message}"));
            return;
        }

        ancestors.Add(real);
        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo)
            {
                Search(entry.FullName, ancestors, seenFolders, seenFiles, found);
            }
            else if (LetterReader.LetterExtensions.Contains(Path.GetExtension(entry.Name).ToLowerInvariant()) && seenFiles.Add(RealFile(entry)))
            {
                found.Add(new LetterPath(entry.FullName));
            }
        }

        ancestors.RemoveAt(ancestors.Count - 1);
    }

    private static string EmptyFolder(string path) =>
        "is a folder with no .txt or .pdf letter in it or its subfolders"
        + (LetterReader.LetterExtensions.Contains(Path.GetExtension(Path.TrimEndingDirectorySeparator(path)).ToLowerInvariant())
            ? " (it is named like a letter file, but it is a folder)"
            : string.Empty)
        + ": expected IMR letters to evaluate";

    private static string RealFile(FileSystemInfo file)
    {
        try
        {
            return RealPath.Of(file.FullName);
        }
        catch (IOException)
        {
            return file.FullName; // A broken link: reading it reports the error.
        }
    }
}
