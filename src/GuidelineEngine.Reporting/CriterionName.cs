namespace GuidelineEngine.Reporting;

/// <summary>A criterion's short name for people, from the last part of its rule id: <c>MTUS.CPMTG.Opioids.FourAs</c> is "Four As".</summary>
public static class CriterionName
{
    /// <summary>The last segment of <paramref name="ruleId"/>, split into words where the case changes.</summary>
    public static string Of(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var last = ruleId[(ruleId.LastIndexOf('.') + 1)..];
        var words = new System.Text.StringBuilder(last.Length + 8);
        for (var i = 0; i < last.Length; i++)
        {
            var c = last[i];
            var wordStart = i > 0 && char.IsUpper(c) && (char.IsLower(last[i - 1]) || char.IsDigit(last[i - 1]) || (i + 1 < last.Length && char.IsLower(last[i + 1]) && char.IsUpper(last[i - 1])));
            if (wordStart)
            {
                words.Append(' ');
            }

            words.Append(c);
        }

        return words.ToString();
    }
}
