namespace GuidelineEngine.Server;

/// <summary>Limits on what the server accepts.</summary>
public static class ServerLimits
{
    /// <summary>The largest request body accepted: 2 MB. Larger bodies get 413.</summary>
    public const long MaxBodyBytes = 2 * 1024 * 1024;
}
