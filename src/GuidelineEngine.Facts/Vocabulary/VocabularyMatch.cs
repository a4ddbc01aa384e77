namespace GuidelineEngine.Facts.Vocabulary;

/// <summary>A vocabulary name found in a text.</summary>
/// <param name="Start">Its character offset.</param>
/// <param name="Length">Its length.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Drug">The drug it names, if a drug.</param>
/// <param name="Service">The service it names, if a service.</param>
public sealed record VocabularyMatch(int Start, int Length, string Text, DrugEntry? Drug, ServiceEntry? Service);
