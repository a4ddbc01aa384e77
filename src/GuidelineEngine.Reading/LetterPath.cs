namespace GuidelineEngine.Reading;

/// <summary>A letter file found under the paths given, or a path that could not be searched.</summary>
/// <param name="Path">The file, or the folder or link that could not be searched.</param>
/// <param name="Problem">Why the path could not be searched (it is then that path's error); null for a file to read.</param>
public sealed record LetterPath(string Path, string? Problem = null);
