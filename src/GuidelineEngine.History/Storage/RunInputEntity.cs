namespace GuidelineEngine.History.Storage;

/// <summary>One input file of a run and the SHA-256 of its bytes.</summary>
public sealed class RunInputEntity
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The run.</summary>
    public long RunId { get; set; }

    /// <summary>The file as given.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>The SHA-256 of its bytes (hex); empty when it could not be read.</summary>
    public string Sha256 { get; set; } = string.Empty;
}
