namespace GuidelineEngine.History.Tests;

public class HistoryOptionsTests
{
    [TestCase("Password")]
    [TestCase("PWD")]
    [TestCase("psw")]
    public void A_postgres_connection_is_named_without_its_password_whatever_the_keyword(string keyword)
    {
        var options = new HistoryOptions { PostgresConnectionString = $"Host=db.example;Username=qa;{keyword}=s3cret-word;Database=history" };

        var described = options.Describe();

        Assert.That(described, Does.StartWith("PostgreSQL (").And.Contain("db.example").And.Contain("history"));
        Assert.That(described, Does.Not.Contain("s3cret-word"));
    }

    [Test]
    public void A_connection_string_that_does_not_parse_is_not_echoed()
    {
        var options = new HistoryOptions { PostgresConnectionString = "Host=db;Bogus Keyword=s3cret-word" };

        Assert.That(options.Describe(), Does.Not.Contain("s3cret-word"));
    }

    [Test]
    public void The_default_history_is_in_the_users_data_folder_not_the_working_directory()
    {
        var dataFolder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);

        var path = new HistoryOptions().SqlitePath;

        Assert.That(path, Is.EqualTo(Path.Combine(dataFolder, "GuidelineEngine", "guideline-history.db")));
        Assert.That(Path.GetDirectoryName(Path.GetFullPath(path)), Is.Not.EqualTo(Environment.CurrentDirectory));
    }

    [Test]
    public void An_empty_setting_means_the_default_history()
    {
        var options = new HistoryOptions { SqlitePath = "" };

        Assert.That((options.SqlitePath, options.IsDefaultSqlitePath), Is.EqualTo((HistoryOptions.DefaultSqlitePath, true)));
    }

    [Test]
    public void The_shipped_settings_leave_the_history_at_its_default()
    {
        var root = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "global.json")))
        {
            root = root.Parent;
        }

        using var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root!.FullName, "src", "GuidelineEngine.Cli", "appsettings.json")));

        Assert.That(settings.RootElement.GetProperty("History").GetProperty("SqlitePath").GetString(), Is.Empty);
    }
}
