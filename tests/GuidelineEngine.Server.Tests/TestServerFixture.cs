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
        Configure(builder);
        app = builder.Build();
        app.MapGuidelineServer();
        await app.StartAsync();
        Client = app.GetTestClient();
    }

    /// <summary>Changes the server's configuration or services before it is built; nothing by default.</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
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
