namespace GuidelineEngine.Facts.Vocabulary;

/// <summary>One service of the vocabulary.</summary>
/// <param name="Name">Its canonical name.</param>
/// <param name="Category">Its category.</param>
/// <param name="Aliases">The names that mean it.</param>
public sealed record ServiceEntry(string Name, ServiceCategory Category, IReadOnlyList<string> Aliases);
