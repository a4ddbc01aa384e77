using System.Reflection;

namespace GuidelineEngine.Architecture.Tests;

/// <summary>
/// The layering as the compiler left it: the assemblies each built assembly really references
/// (what its IL uses), followed transitively, not what the project files declare.
/// </summary>
public class AssemblyReferenceTests
{
    // Assemblies that hold a letter, a recorded outcome or a rationale, or read them from a file.
    private static readonly string[] LetterSide = ["GuidelineEngine.Model", "GuidelineEngine.Extraction", "GuidelineEngine.Reading"];

    private static readonly string[] AboveTheEngine = ["GuidelineEngine.Reporting", "GuidelineEngine.History", "GuidelineEngine.Application", "guideline", "guideline-server"];

    [TestCase("GuidelineEngine.Facts")]
    [TestCase("GuidelineEngine.RuleModel")]
    [TestCase("GuidelineEngine.Rules.Mtus")]
    public void What_rules_see_reaches_no_assembly_that_holds_a_letter_an_outcome_or_a_rationale(string assembly)
    {
        var reached = Closure(assembly);

        Assert.That(reached.Intersect(LetterSide.Concat(AboveTheEngine).Append("GuidelineEngine.Evaluation")), Is.Empty, $"{assembly} reaches {string.Join(", ", reached)}");
    }

    [Test]
    public void The_rules_compile_against_the_rule_model_and_the_facts_only() =>
        Assert.That(Closure("GuidelineEngine.Rules.Mtus"), Is.SubsetOf(new[] { "GuidelineEngine.RuleModel", "GuidelineEngine.Facts" }));

    [Test]
    public void The_engine_reads_no_letter_file_extracts_no_facts_and_knows_nothing_above_it()
    {
        var reached = Closure("GuidelineEngine.Evaluation");

        Assert.That(reached, Does.Contain("GuidelineEngine.RuleModel"), "the check reads real references");
        Assert.That(reached.Intersect(new[] { "GuidelineEngine.Reading", "GuidelineEngine.Extraction" }.Concat(AboveTheEngine)), Is.Empty);
    }

    [TestCase("guideline")]
    [TestCase("guideline-server")]
    public void A_host_reaches_the_rules_and_fact_extraction_only_through_the_application(string host)
    {
        var direct = Direct(host);

        Assert.That(direct, Does.Contain("GuidelineEngine.Application"));
        Assert.That(direct.Intersect(new[] { "GuidelineEngine.Rules.Mtus", "GuidelineEngine.Extraction" }), Is.Empty, $"{host} references {string.Join(", ", direct)}");
    }

    private static IReadOnlyList<string> Direct(string assembly) =>
        [.. Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).Where(IsProduct)];

    private static HashSet<string> Closure(string assembly)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(Direct(assembly));
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var reference in Direct(next))
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }

    private static bool IsProduct(string name) =>
        name.StartsWith("GuidelineEngine.", StringComparison.Ordinal) || name.StartsWith("guideline", StringComparison.Ordinal);
}
