namespace GuidelineEngine.Model;

/// <summary>The expert reviewer's credentials as the letter states them.</summary>
/// <param name="Specialty">Board certification or specialty, e.g. <c>Family Practice</c>.</param>
/// <param name="Licensure">State or states of licensure, e.g. <c>California</c>.</param>
public sealed record Reviewer(string? Specialty, string? Licensure);
