namespace GuidelineEngine.Bench;

/// <summary>
/// What to measure: <c>--quick</c> (117 and 1,170 letters only), <c>--cli [LABEL=]PATH</c> and
/// <c>--server [LABEL=]PATH</c> (repeatable: builds measured side by side, interleaved), <c>--corpus DIR</c>,
/// <c>--pdf DIR</c>, <c>--no-server</c>, <c>--no-in-process</c>, <c>--no-processes</c> (the in-process figures alone),
/// <c>--expect DIR</c> (the base build's <c>dev-MODE.FORMAT</c> outputs to compare with).
/// </summary>
internal sealed record BenchOptions(
    bool Quick,
    IReadOnlyList<Build> Clis,
    IReadOnlyList<Build> Servers,
    string Corpus,
    string PdfCorpus,
    bool Server,
    bool InProcess,
    bool Processes,
    int LoadRequests,
    TimeSpan LoadTime,
    string? Expected)
{
    public static BenchOptions Parse(string[] args, string root)
    {
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "imr-dwc-2016"));
        var quick = false;
        var server = true;
        var inProcess = true;
        var processes = true;
        string? expected = null;
        var clis = new List<Build>();
        var servers = new List<Build>();
        var corpus = Path.Combine(shared, "letters");
        var pdf = Path.Combine(shared, "pdf-all");
        var requests = 20_000;
        var seconds = 20;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--cli": clis.Add(Build.Parse(Next(), $"cli{clis.Count + 1}")); break;
                case "--server": servers.Add(Build.Parse(Next(), $"server{servers.Count + 1}")); break;
                case "--corpus": corpus = Path.GetFullPath(Next()); break;
                case "--pdf": pdf = Path.GetFullPath(Next()); break;
                case "--no-server": server = false; break;
                case "--no-in-process": inProcess = false; break;
                case "--no-processes": processes = false; break;
                case "--expect": expected = Path.GetFullPath(Next()); break;
                case "--requests": requests = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}; expected --quick, --cli [LABEL=]PATH, --server [LABEL=]PATH, --corpus DIR, --pdf DIR, --no-server, --no-in-process, --no-processes, --expect DIR, --requests N, --seconds N");
            }
        }

        if (clis.Count == 0)
        {
            clis.Add(new Build("this", Path.Combine(root, "src", "GuidelineEngine.Cli", "bin", "Release", "net10.0", "guideline")));
        }

        if (servers.Count == 0)
        {
            servers.Add(new Build("this", Path.Combine(root, "src", "GuidelineEngine.Server", "bin", "Release", "net10.0", "guideline-server")));
        }

        return new BenchOptions(quick, clis, servers, corpus, pdf, server, inProcess, processes, requests, TimeSpan.FromSeconds(seconds), expected);
    }
}
