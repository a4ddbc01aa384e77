using System.Globalization;
using GuidelineEngine.Bench;

// Throughput, start-up, memory and API figures of the command as users run it: figures to watch, not tests.
// dotnet build -c Release src/GuidelineEngine.Cli && dotnet build -c Release src/GuidelineEngine.Server
//   && dotnet run -c Release --project bench/GuidelineEngine.Bench [-- --quick] [--cli old=PATH --cli new=PATH] [--server old=PATH --server new=PATH]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var root = FindRoot();
BenchOptions options;
try
{
    options = BenchOptions.Parse(args, root);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"usage error: {e.Message}");
    return 2;
}

foreach (var missing in (options.Processes ? options.Clis : []).Concat(options.Server ? options.Servers : []).Where(b => !b.Exists))
{
    Console.Error.WriteLine($"{missing.Path} is missing: build it first (dotnet build -c Release src/GuidelineEngine.Cli src/GuidelineEngine.Server)");
    return 2;
}

var cores = Environment.ProcessorCount;
Console.WriteLine($"GuidelineEngine bench: {cores} cores, {(options.Quick ? "quick (117 and 1,170 letters)" : "117, 1,170 and 11,700 letters")}; builds: {string.Join(", ", options.Clis.Select(b => $"{b.Label} = {b.Path}"))}");
using var copies = new CorpusCopies();
var sizes = options.Quick ? new[] { 1, 10 } : [1, 10, 100];
var text = sizes.ToDictionary(n => n, n => copies.Make(options.Corpus, n, $"text-{n}"));
var pdfSizes = options.Quick ? new[] { 1 } : [1, 10];
var pdf = pdfSizes.ToDictionary(n => n, n => copies.Make(options.PdfCorpus, n, $"pdf-{n}"));
var perCopy = Directory.GetFiles(options.Corpus, "*.txt").Length;
var perPdfCopy = Directory.GetFiles(options.PdfCorpus, "*.pdf").Length;
var oneText = Directory.GetFiles(options.Corpus, "*.txt").Order(StringComparer.Ordinal).First();
var onePdf = Directory.GetFiles(options.PdfCorpus, "*.pdf").Order(StringComparer.Ordinal).First();
var outFile = copies.PathOf("out.data");

var scenarios = new List<Scenario> { new("one text letter, json to stdout", oneText, 1, null, "json", false, 5, "text"), new("one PDF letter, json to stdout", onePdf, 1, null, "json", false, 3, "pdf") };
foreach (var n in sizes)
{
    scenarios.Add(new($"text {n * perCopy}, all cores, json to stdout", text[n], n * perCopy, null, "json", false, n == 1 ? 3 : 1, "text"));
}

foreach (var n in sizes)
{
    scenarios.Add(new($"text {n * perCopy}, 1 thread, json to stdout", text[n], n * perCopy, 1, "json", false, n == 1 ? 3 : 1, "text"));
}

foreach (var n in sizes.Skip(1))
{
    scenarios.Add(new($"text {n * perCopy}, all cores, csv to a file", text[n], n * perCopy, null, "csv", true, 1, "text"));
}

foreach (var n in pdfSizes)
{
    scenarios.Add(new($"PDF {n * perPdfCopy}, all cores, json to stdout", pdf[n], n * perPdfCopy, null, "json", false, 1, "pdf"));
}

scenarios.Add(new($"PDF {perPdfCopy}, 1 thread, json to stdout", pdf[1], perPdfCopy, 1, "json", false, 1, "pdf"));

// Builds are interleaved within each scenario so that a busy machine slows them alike.
var results = new Dictionary<(Scenario, Build), ProcessRun>();
Console.WriteLine();
Console.WriteLine($"{"evaluate process, end to end",-44} {"build",-8} {"wall s",8} {"letters/s",10} {"/core net",10} {"peak MiB",9} {"cpu s",7} {"exit",5}");
foreach (var scenario in options.Processes ? scenarios : [])
{
    foreach (var build in options.Clis)
    {
        var arguments = new List<string> { "evaluate", scenario.Path, "--format", scenario.Format, "--quiet" };
        if (scenario.Threads is int t)
        {
            arguments.AddRange(["--threads", t.ToString(CultureInfo.InvariantCulture)]);
        }

        if (scenario.ToFile)
        {
            arguments.AddRange(["--out", outFile]);
        }

        var runs = Enumerable.Range(0, scenario.Repeats).Select(_ => ProcessRun.Measure(build.StartInfo(arguments))).ToList();
        var best = runs.MinBy(r => r.Seconds)!;
        results[(scenario, build)] = best;
        var single = scenarios.First(s => s.Letters == 1 && s.Kind == scenario.Kind);
        var net = scenario.Letters > 1 && results.TryGetValue((single, build), out var one) ? NetPerCore(scenario, best, one) : double.NaN;
        var note = best.ExitCode is 0 or 1 ? string.Empty : "  " + best.Error.Split('\n')[0];
        Console.WriteLine($"{scenario.Name,-44} {build.Label,-8} {best.Seconds,8:F2} {scenario.Letters / best.Seconds,10:F0} {Show(net),10} {best.PeakWorkingSetBytes / 1048576.0,9:F0} {best.CpuSeconds,7:F2} {best.ExitCode,5}{note}");
    }
}

Console.WriteLine("(wall: best of the repeats; /core net: (letters - 1) / (wall - one-letter wall) / cores used, start-up subtracted, warm-up included; peak: VmHWM polled every 5 ms; cpu: user + system seconds of all its threads, polled, steadier than wall time on a busy machine)");

var loads = new Dictionary<Build, LoadFigures>();
if (options.Server)
{
    var body = ServerLoad.RequestBody(options.Corpus);
    Console.WriteLine();
    Console.WriteLine($"POST /api/prescreen on loopback ({body.Length:N0}-byte body, three items), bounded at {options.LoadRequests:N0} requests or {options.LoadTime.TotalSeconds:F0} s, {2 * cores} clients, after 2,000 warm-up requests");
    Console.WriteLine($"{"build",-8} {"requests",9} {"failed",7} {"req/s",8} {"p50 ms",7} {"p99 ms",7} {"RSS start",10} {"RSS before",11} {"RSS after",10} {"peak",7}");
    foreach (var build in options.Servers)
    {
        var load = loads[build] = ServerLoad.Run(build, body, options.LoadRequests, options.LoadTime);
        Console.WriteLine($"{build.Label,-8} {load.Requests,9} {load.Failures,7} {load.PerSecond,8:F0} {load.P50Ms,7:F2} {load.P99Ms,7:F2} {Mib(load.StartedBytes),10} {Mib(load.BeforeBytes),11} {Mib(load.AfterBytes),10} {Mib(load.PeakBytes),7}");
    }
}

var inProcess = new Dictionary<string, (double PerSecond, double Ms, double CpuMs)>();
(double BuildSeconds, int Networks, double MsPerLetter)? rules = null;
if (options.InProcess)
{
    Console.WriteLine();
    Console.WriteLine($"in process (this checkout's engine, warm, {perCopy} letters from memory, 10 passes after 2)");
    foreach (var (name, perSecond, ms, cpuMs) in InProcessFigures.Measure(options.Corpus))
    {
        inProcess[name] = (perSecond, ms, cpuMs);
        Console.WriteLine($"{name,-44} {perSecond,10:F0} letters/s {ms,8:F2} ms per letter {cpuMs,8:F2} cpu ms per letter");
    }

    rules = RuleFigures.Measure(options.Corpus);
    Console.WriteLine($"{"rules alone (facts extracted), 1 thread",-44} {1000 / rules.Value.MsPerLetter,10:F0} letters/s {rules.Value.MsPerLetter,8:F3} ms per letter");
    Console.WriteLine($"{"rule network build, per edition",-44} {rules.Value.BuildSeconds,10:F3} s ({rules.Value.Networks} built)");
}

var identity = new List<string>();
if (options.Processes)
{
    Console.WriteLine();
    Console.WriteLine($"output on the development corpus, both modes, JSON and CSV{(options.Expected is null ? string.Empty : $", against {options.Expected}")}");
    foreach (var line in OutputIdentity.Check(options.Clis, options.Corpus, options.Expected, copies.PathOf(string.Empty)))
    {
        identity.Add(line);
        Console.WriteLine(line);
    }
}

Console.WriteLine();
Console.WriteLine("targets (issue 22)");
foreach (var build in options.Processes ? options.Clis : [])
{
    double? Net(string name)
    {
        var scenario = scenarios.FirstOrDefault(s => s.Name == name);
        if (scenario is null)
        {
            return null;
        }

        var single = scenarios.First(s => s.Letters == 1 && s.Kind == scenario.Kind);
        return NetPerCore(scenario, results[(scenario, build)], results[(single, build)]);
    }

    string Rate(string name, double target) => Net(name) is double net
        ? $"{name}: {Show(net)}/core, target {target:F0} {Met(net >= target)}"
        : $"{name}: not measured (--quick)";

    var largest = scenarios.Where(s => s.Kind == "text" && s.Threads is null && s.Format == "json").MaxBy(s => s.Letters)!;
    Console.WriteLine($"[{build.Label}] {Rate($"text {100 * perCopy}, all cores, json to stdout", 2000)}");
    Console.WriteLine($"[{build.Label}] {Rate($"text {10 * perCopy}, all cores, json to stdout", 1000)}");
    if (Net(largest.Name) is double all && Net(largest.Name.Replace("all cores", "1 thread", StringComparison.Ordinal)) is double one)
    {
        // Net per core times the cores used: letters per second past start-up.
        var speedup = all * cores / one;
        Console.WriteLine($"[{build.Label}] {cores} threads against 1 on text {largest.Letters}: {speedup:F2}x, target 1.80x {Met(speedup >= 1.8)}");
    }

    var oneLetter = results[(scenarios[0], build)].Seconds;
    Console.WriteLine($"[{build.Label}] start to first result, one letter: {oneLetter:F3} s, target 0.300 {Met(oneLetter <= 0.3)}");
    Console.WriteLine($"[{build.Label}] {Rate($"PDF {perPdfCopy}, all cores, json to stdout", 100)}");
    var small = results[(scenarios.First(s => s.Name == $"text {perCopy}, all cores, json to stdout"), build)].PeakWorkingSetBytes;
    var ratio = (double)results[(largest, build)].PeakWorkingSetBytes / small;
    Console.WriteLine($"[{build.Label}] peak working set, {largest.Letters} vs {perCopy} letters: {ratio:F2}x, target 1.20x {Met(ratio <= 1.2)}");
    var outputs = identity.Where(l => l.StartsWith($"[{build.Label}]", StringComparison.Ordinal)).ToList();
    if (outputs.Count > 0)
    {
        var same = outputs.All(l => l.Contains("byte-identical", StringComparison.Ordinal));
        Console.WriteLine($"[{build.Label}] output byte-identical on the development corpus (both modes, JSON and CSV): {(same ? "yes" : "NO")}, target yes {Met(same)}");
    }
}

foreach (var (name, target) in new[] { (InProcessFigures.Facts, 0.25), (InProcessFigures.Read, 0.1) })
{
    if (inProcess.TryGetValue(name, out var figure))
    {
        Console.WriteLine($"[in process] {name}: {figure.Ms:F3} ms per letter ({figure.CpuMs:F3} cpu ms), target {target:F2} ms {Met(figure.Ms <= target)}");
    }
}

if (rules is { } r)
{
    Console.WriteLine($"[in process] rule network build: {r.BuildSeconds:F3} s per edition, target 0.150 {Met(r.BuildSeconds <= 0.15)}");
    Console.WriteLine($"[in process] rules per letter, warm: {r.MsPerLetter:F3} ms, target 0.100 {Met(r.MsPerLetter <= 0.1)}");
}

foreach (var (build, load) in loads)
{
    Console.WriteLine($"[{build.Label}] API: {load.PerSecond:F0} req/s, p99 {load.P99Ms:F1} ms on {cores} cores, target 4000 req/s and p99 < 20 ms {Met(load.PerSecond >= 4000 && load.P99Ms < 20)}");
}

return 0;

static double NetPerCore(Scenario scenario, ProcessRun run, ProcessRun one) =>
    (scenario.Letters - 1) / Math.Max(1e-3, run.Seconds - one.Seconds) / (scenario.Threads ?? Environment.ProcessorCount);

static string Met(bool met) => met ? "MET" : "not met";

static string Show(double value) => double.IsNaN(value) ? "-" : value.ToString("F0", CultureInfo.InvariantCulture);

static string Mib(long bytes) => $"{bytes / 1048576.0:F0} MiB";

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GuidelineEngine.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}

/// <summary>One measured way of running <c>evaluate</c>.</summary>
internal sealed record Scenario(string Name, string Path, int Letters, int? Threads, string Format, bool ToFile, int Repeats, string Kind);
