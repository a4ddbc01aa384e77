namespace GuidelineEngine.Testing;

/// <summary>Where the repository, its seeds and the shared development corpus are.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root: the folder holding GuidelineEngine.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The bundled seed letters.</summary>
    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>The shared folder beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The development corpus of published IMR letters.</summary>
    public static string Corpus => Path.Combine(Shared, "corpus", "imr-dwc-2016");

    /// <summary>The corpus letters as text.</summary>
    public static string CorpusLetters => Path.Combine(Corpus, "letters");

    /// <summary>The corpus letters that also exist as PDFs.</summary>
    public static string CorpusPdfs => Path.Combine(Corpus, "pdf");

    /// <summary>Every corpus letter as its original PDF.</summary>
    public static string CorpusAllPdfs => Path.Combine(Corpus, "pdf-all");

    /// <summary>The outcomes file recorded beside the corpus.</summary>
    public static string CorpusOutcomes => Path.Combine(Corpus, "outcomes.tsv");

    /// <summary>A seed letter by its number prefix, e.g. "003".</summary>
    public static string Seed(string number) =>
        Directory.EnumerateFiles(Seeds, number + "_*.txt").Single();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GuidelineEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException($"GuidelineEngine.sln was not found above {AppContext.BaseDirectory}");
    }
}
