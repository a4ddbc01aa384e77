using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GuidelineEngine.Reading;
using Newtonsoft.Json;

namespace GuidelineEngine.Bench;

/// <summary>
/// A bounded load run on loopback: starts a built <c>guideline-server</c> on a free port, warms it,
/// then posts the same real pre-screen request (a corpus letter's clinical summary and three items)
/// from 2x cores concurrent clients until a request count or a time limit is reached, whichever
/// comes first. Also the server soak of issue 14: the server's memory before and after.
/// </summary>
internal static class ServerLoad
{
    private const int WarmRequests = 2_000;

    /// <summary>A pre-screen body built from the first corpus letter (name order) with at least three items.</summary>
    public static string RequestBody(string corpus)
    {
        var reader = new LetterReader();
        var letter = LetterReader.ExpandPaths([corpus]).Select(f => reader.Read(f).Letter)
            .First(l => l is { Items.Count: >= 3 })!;
        return JsonConvert.SerializeObject(new
        {
            clinicalText = letter.ClinicalSummary,
            items = letter.Items.Take(3).Select(i => i.Request).ToArray(),
            requestDate = (string?)null,
        });
    }

    public static LoadFigures Run(Build server, string body, int maxRequests, TimeSpan maxTime)
    {
        var port = FreePort();
        var info = server.StartInfo(["--urls", $"http://127.0.0.1:{port}"]);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {server.Path}");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            var concurrency = 2 * Environment.ProcessorCount;
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            };
            WaitHealthy(client, process);
            var started = ProcessRun.ResidentOf(process.Id);
            Load(client, body, concurrency, WarmRequests, TimeSpan.FromSeconds(30));
            var before = ProcessRun.ResidentOf(process.Id);
            var (count, failures, seconds, latencies) = Load(client, body, concurrency, maxRequests, maxTime);
            var after = ProcessRun.ResidentOf(process.Id);
            var peak = ProcessRun.PeakOf(process.Id);
            latencies.Sort();
            return new LoadFigures(count, failures, seconds, count / seconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), concurrency, started, before, after, peak);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static (int Count, int Failures, double Seconds, List<double> Latencies) Load(HttpClient client, string body, int concurrency, int maxRequests, TimeSpan maxTime)
    {
        var issued = 0;
        var failures = 0;
        var watch = Stopwatch.StartNew();
        var perWorker = new List<double>[concurrency];
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var latencies = perWorker[w] = [];
            while (Interlocked.Increment(ref issued) <= maxRequests && watch.Elapsed < maxTime)
            {
                var sent = Stopwatch.GetTimestamp();
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(new Uri("/api/prescreen", UriKind.Relative), content).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        Task.WaitAll(workers);
        watch.Stop();
        var all = perWorker.SelectMany(l => l).ToList();
        return (all.Count, failures, watch.Elapsed.TotalSeconds, all);
    }

    private static void WaitHealthy(HttpClient client, Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {process.ExitCode} before answering /health");
            }

            try
            {
                using var response = client.GetAsync(new Uri("/health", UriKind.Relative)).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException("the server did not answer /health within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

/// <summary>The figures of one load run; memory in bytes (resident set: at start, after warm-up, after the load, and its peak).</summary>
internal sealed record LoadFigures(int Requests, int Failures, double Seconds, double PerSecond, double P50Ms, double P99Ms, int Concurrency,
    long StartedBytes, long BeforeBytes, long AfterBytes, long PeakBytes);
