using GuidelineEngine.Facts;

namespace GuidelineEngine.Extraction;

/// <summary>
/// Decides whether a cue found in a sentence is documented, negated or hedged, NegEx-style:
/// negation triggers in a window of words before the cue, within the same clause, or a
/// "was not documented" after it.
/// </summary>
internal sealed class PolarityClassifier(CueTable cues)
{
    public (Polarity Polarity, string? Value, Absence? Absence) Classify(string sentence, int cueStart, int cueEnd, bool assessed)
    {
        var before = Window(sentence[..cueStart]);
        var after = Clause(sentence[cueEnd..]);

        if (cues.NegationsAfter.IsMatch(after))
        {
            return (Polarity.Absent, null, Absence.Documentation);
        }

        if (cues.DocumentationNegationsBefore.IsMatch(before))
        {
            return (Polarity.Absent, null, Absence.Documentation);
        }

        if (cues.NegationsBefore.IsMatch(before))
        {
            // "No aberrant behavior is discussed" negates the documentation, not the finding.
            if (cues.PlainNegationThenDocumentedAfter.IsMatch(after))
            {
                return (Polarity.Absent, null, Absence.Documentation);
            }

            return assessed ? (Polarity.Present, Fact.NoneReported, null) : (Polarity.Absent, null, Absence.Finding);
        }

        return (Polarity.Present, null, null);
    }

    private string Window(string textBefore)
    {
        var terminators = cues.ScopeTerminators.Matches(textBefore);
        if (terminators.Count > 0)
        {
            var last = terminators[^1];
            textBefore = textBefore[(last.Index + last.Length)..];
        }

        var words = textBefore.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - cues.WindowWords)));
    }

    private string Clause(string textAfter)
    {
        var terminator = cues.ScopeTerminators.Match(textAfter);
        return terminator.Success ? textAfter[..terminator.Index] : textAfter;
    }
}
