namespace GuidelineEngine.Reading;

/// <summary>A path with every symbolic link along it resolved: one name per real file or folder.</summary>
internal static class RealPath
{
    // As the operating systems do: more links than this on one path is a loop.
    private const int MaxLinks = 40;

    /// <exception cref="IOException">The path has a link loop or more than <see cref="MaxLinks"/> links.</exception>
    public static string Of(string path)
    {
        var links = 0;
        var pending = new Stack<string>(Path.GetFullPath(path)[Path.GetPathRoot(Path.GetFullPath(path))!.Length..]
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = Path.GetPathRoot(Path.GetFullPath(path))!;
        while (pending.TryPop(out var part))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"more than {MaxLinks} symbolic links on the way to '{path}' (a link loop?)");
            }

            var resolved = Path.GetFullPath(target, current);
            foreach (var rest in resolved[Path.GetPathRoot(resolved)!.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(rest);
            }

            current = Path.GetPathRoot(resolved)!;
        }

        return current;
    }
}
