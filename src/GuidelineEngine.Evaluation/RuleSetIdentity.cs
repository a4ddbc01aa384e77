using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace GuidelineEngine.Evaluation;

/// <summary>
/// Which rule set produced a result: the rules assemblies' version and a hash of their content,
/// so that a recorded run or a report can say whether two results came from the same criteria.
/// </summary>
/// <param name="Version">The informational version of the rules assemblies, e.g. "1.0.0+d83a0d9".</param>
/// <param name="ContentHash">
/// A SHA-256 (hex, lower case) over the compiled rule code (each assembly's module version id,
/// which a deterministic build derives from its content, so a changed threshold changes it) and
/// every rule's id, editions, citation and criterion statement.
/// </param>
public sealed record RuleSetIdentity(string Version, string ContentHash)
{
    /// <summary>The first twelve characters of the hash, as a run or report shows it.</summary>
    public string ShortHash => ContentHash[..12];

    /// <summary>Computes the identity of a catalogue's rules and policies.</summary>
    public static RuleSetIdentity Of(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var assemblies = catalog.Rules.Select(r => r.Rule.GetType().Assembly)
            .Concat(catalog.Topics.Select(t => t.GetType().Assembly))
            .Distinct()
            .OrderBy(a => a.FullName, StringComparer.Ordinal)
            .ToList();
        var content = new StringBuilder();
        foreach (var assembly in assemblies)
        {
            content.Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId).Append('\n');
        }

        foreach (var rule in catalog.Rules)
        {
            content.Append(rule.Id).Append('|').Append(rule.Editions).Append('|').Append(rule.Citation).Append('|').Append(rule.Criterion).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
        var version = string.Join(", ", assemblies.Select(VersionOf).Distinct());
        return new RuleSetIdentity(version, hash);
    }

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "unknown";
}
