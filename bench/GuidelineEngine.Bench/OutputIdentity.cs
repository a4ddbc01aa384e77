using System.Diagnostics;

namespace GuidelineEngine.Bench;

/// <summary>
/// Whether speed work changed what the command says: each build's <c>evaluate</c> output on the
/// development corpus in both modes, JSON and CSV, compared byte for byte with the first build's,
/// and with <c>dev-MODE.FORMAT</c> in the <c>--expect</c> folder when one is given (files written
/// by the base build the same way).
/// </summary>
internal static class OutputIdentity
{
    public static IEnumerable<string> Check(IReadOnlyList<Build> builds, string corpus, string? expected, string scratch)
    {
        foreach (var mode in new[] { "prescreen", "audit" })
        {
            foreach (var format in new[] { "json", "csv" })
            {
                var name = $"dev-{mode}.{format}";
                var outputs = builds.Select(b => (Build: b, Bytes: Run(b, corpus, mode, format, Path.Combine(scratch, $"{b.Label}-{name}")))).ToList();
                var first = outputs[0];
                foreach (var (build, bytes) in outputs)
                {
                    if (bytes is null)
                    {
                        yield return $"[{build.Label}] {name}: no output (the run failed)";
                        continue;
                    }

                    if (build != first.Build)
                    {
                        yield return $"[{build.Label}] {name}: {Compare(bytes, first.Bytes)} [{first.Build.Label}]'s";
                    }

                    var file = expected is null ? null : Path.Combine(expected, name);
                    if (file is not null)
                    {
                        yield return $"[{build.Label}] {name}: {Compare(bytes, File.Exists(file) ? File.ReadAllBytes(file) : null)} {file}";
                    }
                }
            }
        }
    }

    private static string Compare(byte[] actual, byte[]? expected)
    {
        if (expected is null)
        {
            return "nothing to compare with in";
        }

        var length = Math.Min(actual.Length, expected.Length);
        var at = actual.AsSpan(0, length).CommonPrefixLength(expected.AsSpan(0, length));
        return at == length && actual.Length == expected.Length
            ? "byte-identical to"
            : $"DIFFERS at byte {at:N0} ({actual.Length:N0} against {expected.Length:N0} bytes) from";
    }

    private static byte[]? Run(Build build, string corpus, string mode, string format, string file)
    {
        var info = build.StartInfo(["evaluate", corpus, "--mode", mode, "--format", format, "--out", file]);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {info.FileName}");
        var drain = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Task.WaitAll(drain, error);
        return process.ExitCode is 0 or 1 && File.Exists(file) ? File.ReadAllBytes(file) : null;
    }
}
