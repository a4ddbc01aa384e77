namespace GuidelineEngine.Facts.Requests;

/// <summary>A body part a request names.</summary>
/// <param name="Name">As written, for explanations.</param>
/// <param name="Region">The region it belongs to.</param>
public sealed record BodyPart(string Name, BodyRegion Region);
