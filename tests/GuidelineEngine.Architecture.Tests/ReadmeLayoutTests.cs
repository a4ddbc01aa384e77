using System.Text.RegularExpressions;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Architecture.Tests;

public partial class ReadmeLayoutTests
{
    // A layout row: | `src/GuidelineEngine.Facts` | what it is | Model, Text |
    [GeneratedRegex(@"^\|\s*`(?<folder>(?:src|rules)/GuidelineEngine\.[^`]+)`\s*\|[^|]*\|\s*(?<refs>[^|]*)\|\s*$", RegexOptions.Multiline)]
    private static partial Regex LayoutRow();

    private static Dictionary<string, string[]> Documented()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        return LayoutRow().Matches(readme).ToDictionary(
            m => Path.GetFileName(m.Groups["folder"].Value).Replace("GuidelineEngine.", string.Empty, StringComparison.Ordinal),
            m => m.Groups["refs"].Value.Trim() is "—" or "-" or ""
                ? []
                : m.Groups["refs"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray());
    }

    [Test]
    public void The_readme_layout_lists_every_product_project() =>
        Assert.That(Documented().Keys, Is.EquivalentTo(Projects.Direct.Keys));

    [Test]
    public void The_readme_layout_gives_each_project_its_real_references()
    {
        var documented = Documented();
        Assert.That(documented, Is.Not.Empty);
        foreach (var (project, references) in Projects.Direct)
        {
            Assert.That(documented.GetValueOrDefault(project), Is.EqualTo(references), $"README layout row of {project}");
        }
    }
}
