using GuidelineEngine.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace GuidelineEngine.Browser.Tests;

/// <summary>
/// A real <c>guideline-server</c> on a free loopback port and Debian's Chromium, started once per
/// fixture: what the page tests share.
/// </summary>
public abstract class ServedPageFixture
{
    /// <summary>A note that documents the 4 A's of opioid monitoring, for a Norco request.</summary>
    protected const string OpioidNote =
        "He has been taking Norco 10/325 mg since 01/10/2014 for chronic low back pain. Pain is rated 8/10 without medication " +
        "and 4/10 with medication. With the medication he is able to walk for 30 minutes and do household chores, and his " +
        "function has improved. He denies side effects. There is no aberrant drug-taking behavior. A urine drug screen on " +
        "08/01/2014 was consistent with the prescribed medications.";

    private WebApplication server = null!;
    private IPlaywright playwright = null!;

    /// <summary>The browser, shared by the fixture's tests.</summary>
    protected IBrowser Browser { get; private set; } = null!;

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41235</c>.</summary>
    protected string Address { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddGuidelineServer();
        server = builder.Build();
        server.MapGuidelineServer();
        await server.StartAsync();
        Address = server.Urls.Single();
        (playwright, Browser) = await Chromium.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await server.DisposeAsync();
    }
}
