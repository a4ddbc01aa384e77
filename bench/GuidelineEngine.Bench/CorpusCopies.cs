namespace GuidelineEngine.Bench;

/// <summary>
/// Temporary folders holding the development corpus copied N times (copy001/, copy002/, ...), so
/// that a batch of 1,170 or 11,700 letters is real letters read from disk. Deleted on dispose.
/// </summary>
internal sealed class CorpusCopies : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("guideline-bench-").FullName;

    /// <summary>A folder with <paramref name="copies"/> copies of <paramref name="source"/>'s letters (files directly in it for one copy).</summary>
    public string Make(string source, int copies, string name)
    {
        var folder = Path.Combine(root, name);
        var files = Directory.GetFiles(source).Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
        for (var c = 0; c < copies; c++)
        {
            var target = copies == 1 ? folder : Path.Combine(folder, $"copy{c + 1:D3}");
            Directory.CreateDirectory(target);
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        return folder;
    }

    public string PathOf(string name) => Path.Combine(root, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
