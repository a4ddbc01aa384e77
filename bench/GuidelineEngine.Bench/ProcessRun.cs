using System.Diagnostics;
using System.Globalization;

namespace GuidelineEngine.Bench;

/// <summary>One run of a built command as a user runs it: wall time, exit code, bytes written and peak working set.</summary>
internal sealed record ProcessRun(double Seconds, int ExitCode, long OutputBytes, long PeakWorkingSetBytes, double CpuSeconds, string Error)
{
    // Linux reports process times in clock ticks of 1/100 s.
    private const double TicksPerSecond = 100;

    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(5);

    /// <summary>Runs to exit; standard output is read and counted (as a pipe reader would), standard error kept.</summary>
    public static ProcessRun Measure(ProcessStartInfo info)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {info.FileName}");
        var output = Task.Run(() => Drain(process.StandardOutput.BaseStream));
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        double cpu = 0;
        while (!process.WaitForExit(PollEvery))
        {
            peak = Math.Max(peak, PeakOf(process.Id));
            cpu = Math.Max(cpu, CpuSecondsOf(process.Id));
        }

        watch.Stop();
        return new ProcessRun(watch.Elapsed.TotalSeconds, process.ExitCode, output.Result, peak, cpu, error.Result);
    }

    /// <summary>The high-water mark of resident memory (VmHWM) of a live process, in bytes; 0 when unreadable.</summary>
    public static long PeakOf(int pid) => StatusField(pid, "VmHWM:");

    /// <summary>The resident memory (VmRSS, the working set) of a live process, in bytes; 0 when unreadable.</summary>
    public static long ResidentOf(int pid) => StatusField(pid, "VmRSS:");

    /// <summary>User and system processor time of a live process, all threads, in seconds; 0 when unreadable.</summary>
    public static double CpuSecondsOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static long StatusField(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var kb = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has just exited.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    private static long Drain(Stream stream)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }
}
