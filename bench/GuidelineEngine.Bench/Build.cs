using System.Diagnostics;

namespace GuidelineEngine.Bench;

/// <summary>A built executable to measure: the apphost (<c>guideline</c>) or its <c>.dll</c> (run with <c>dotnet</c>).</summary>
internal sealed record Build(string Label, string Path)
{
    public static Build Parse(string value, string defaultLabel)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? new Build(value[..equals], System.IO.Path.GetFullPath(value[(equals + 1)..]))
            : new Build(defaultLabel, System.IO.Path.GetFullPath(value));
    }

    public bool Exists => File.Exists(Path);

    public ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var info = Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet") { ArgumentList = { Path } }
            : new ProcessStartInfo(Path);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        return info;
    }
}
