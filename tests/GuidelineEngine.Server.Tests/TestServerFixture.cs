using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace GuidelineEngine.Server.Tests;

/// <summary>The server in-process, on the same registration as <c>guideline serve</c>.</summary>
public abstract class TestServerFixture
{
    private WebApplication? app;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.AddGuidelineServer();
        app = builder.Build();
        app.MapGuidelineServer();
        await app.StartAsync();
        Client = app.GetTestClient();
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
