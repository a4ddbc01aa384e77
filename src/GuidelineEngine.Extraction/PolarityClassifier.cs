using GuidelineEngine.Facts;

namespace GuidelineEngine.Extraction;

/// <summary>
/// Decides whether a cue found in a sentence is documented, negated or hedged, after NegEx and
/// ConText (Chapman et al. 2001; Harkema et al. 2009): negation triggers in a window of words before
/// the cue, within the same clause (a scope terminator such as "but" or ";" ends a trigger's reach),
/// or a "was not documented" after it; pseudo-triggers ("no increase", "without contrast") hold a
/// trigger word but negate nothing and are set aside first.
/// </summary>
internal sealed class PolarityClassifier(CueTable cues)
{
    public (Polarity Polarity, string? Value, Absence? Absence) Classify(string sentence, int cueStart, int cueEnd, bool assessed, bool test = false)
    {
        var before = Window(WithoutPseudoTriggers(sentence[..cueStart]));
        var after = Clause(WithoutPseudoTriggers(sentence[cueEnd..]));

        // A sign or examination test said to be negative is absent; a negative drug screen or lab test is still a test done.
        if (!test && cues.ResultNegations.IsMatch(before + "|" + after))
        {
            return assessed ? (Polarity.Present, Fact.NoneReported, null) : (Polarity.Absent, null, Absence.Finding);
        }

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

    // Blanked rather than cut, so that the words after a pseudo-trigger keep their places.
    private string WithoutPseudoTriggers(string text) =>
        cues.PseudoTriggers.IsMatch(text) ? cues.PseudoTriggers.Replace(text, m => new string(' ', m.Length)) : text;

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
