using System.Xml.Linq;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Architecture.Tests;

/// <summary>The solution's product projects (src/ and rules/) and their project references, read from the .csproj files.</summary>
internal static class Projects
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> References = new(Read);

    /// <summary>Each project's short name (<c>Facts</c> for GuidelineEngine.Facts) and the short names it references directly.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Direct => References.Value;

    /// <summary>Every project <paramref name="name"/> depends on, directly or not.</summary>
    public static IReadOnlySet<string> Closure(string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(Direct[name]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (seen.Add(next))
            {
                foreach (var reference in Direct[next])
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }

    public static string ShortName(string projectFile) =>
        Path.GetFileNameWithoutExtension(projectFile).Replace("GuidelineEngine.", string.Empty, StringComparison.Ordinal);

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Read()
    {
        var files = new[] { "src", "rules" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return files.ToDictionary(
            ShortName,
            f => (IReadOnlyList<string>)[.. XDocument.Load(f).Descendants("ProjectReference")
                .Select(r => ShortName(r.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar)))
                .Order(StringComparer.Ordinal)],
            StringComparer.Ordinal);
    }
}
