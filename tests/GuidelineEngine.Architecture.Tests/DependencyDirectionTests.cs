namespace GuidelineEngine.Architecture.Tests;

public class DependencyDirectionTests
{
    private static readonly string[] Hosts = ["Cli", "Server"];

    [Test]
    public void The_solution_has_the_projects_the_layout_names() =>
        Assert.That(Projects.Direct.Keys, Is.SupersetOf(new[] { "Model", "Text", "Reading", "Facts", "Extraction", "RuleModel", "Rules.Mtus", "Evaluation", "Reporting", "Application", "Cli", "Server" }));

    [Test]
    public void Hosts_never_reference_each_other()
    {
        Assert.That(Projects.Closure("Cli"), Does.Not.Contain("Server"));
        Assert.That(Projects.Closure("Server"), Does.Not.Contain("Cli"));
    }

    [TestCase("Cli")]
    [TestCase("Server")]
    public void A_host_reaches_the_engine_only_through_the_application(string host) =>
        Assert.That(Projects.Direct[host], Is.EqualTo(new[] { "Application" }));

    [Test]
    public void The_rule_model_and_the_rules_reference_no_letter_model_reader_extraction_engine_report_application_or_host()
    {
        var forbidden = new[] { "Model", "Reading", "Extraction", "Evaluation", "Reporting", "Application" }.Concat(Hosts).ToList();
        foreach (var project in Projects.Direct.Keys.Where(p => p == "RuleModel" || p.StartsWith("Rules.", StringComparison.Ordinal)))
        {
            Assert.That(Projects.Closure(project).Intersect(forbidden), Is.Empty, $"{project} reaches a project rule code must not see");
        }
    }

    [Test]
    public void Reporting_reads_evaluations_not_letters_and_knows_no_host()
    {
        var closure = Projects.Closure("Reporting");

        Assert.That(closure, Does.Contain("Evaluation"));
        Assert.That(closure.Intersect(new[] { "Reading", "Application" }.Concat(Hosts)), Is.Empty);
    }

    [Test]
    public void The_application_knows_no_host() =>
        Assert.That(Projects.Closure("Application").Intersect(Hosts), Is.Empty);

    [Test]
    public void Every_product_project_is_free_of_reference_cycles()
    {
        foreach (var project in Projects.Direct.Keys)
        {
            Assert.That(Projects.Closure(project), Does.Not.Contain(project), $"{project} depends on itself");
        }
    }
}
