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
}
