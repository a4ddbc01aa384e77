namespace GuidelineEngine.Evaluation.Consistency;

/// <summary>One reason an item was put in a consistency class.</summary>
/// <param name="Class">The class this finding argues for.</param>
/// <param name="Message">What was found, in a sentence.</param>
/// <param name="RationaleSentence">The rationale's sentence, quoted, when the finding rests on one.</param>
/// <param name="RecordSentence">The clinical summary's sentence, quoted, when the finding rests on one.</param>
/// <param name="Rule">The rule whose criterion the finding concerns, when one does.</param>
public sealed record ConsistencyFinding(
    ConsistencyClass Class,
    string Message,
    string? RationaleSentence = null,
    string? RecordSentence = null,
    string? Rule = null);
