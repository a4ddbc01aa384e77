using GuidelineEngine.Facts.Vocabulary;

namespace GuidelineEngine.Facts.Requests;

/// <summary>An active ingredient of a requested drug.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Class">Its drug class, when the vocabulary knows it as a drug.</param>
/// <param name="TopicalRating">How the MTUS rates it for topical use; null when it does not.</param>
public sealed record Ingredient(string Name, DrugClass? Class, TopicalRating? TopicalRating);
