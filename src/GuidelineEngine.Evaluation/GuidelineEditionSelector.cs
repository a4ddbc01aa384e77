using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation;

/// <summary>Chooses the guideline editions in force on the date of the request.</summary>
public static class GuidelineEditionSelector
{
    /// <summary>The CPMTG update took effect on 28 July 2016.</summary>
    public static readonly DateOnly Cpmtg2016EffectiveDate = new(2016, 7, 28);

    /// <summary>The Opioid Treatment Guideline 2016 (8 CCR 9792.24.4) applies to requests from 28 July 2016.</summary>
    public static readonly DateOnly Otg2016EffectiveDate = new(2016, 7, 28);

    /// <summary>The ACOEM-based Chronic Pain and Opioids guidelines apply to services from 1 December 2017.</summary>
    public static readonly DateOnly Acoem2017EffectiveDate = new(2017, 12, 1);

    /// <summary>
    /// The editions in force on <paramref name="requestDate"/> (a set: the CPMTG and the opioid guideline of one
    /// period together); the 2016 editions when the date is unknown, as the dev letters are of that period.
    /// </summary>
    public static GuidelineEditions For(DateOnly? requestDate) => requestDate switch
    {
        DateOnly date when date >= Acoem2017EffectiveDate => GuidelineEditions.ChronicPain2017 | GuidelineEditions.Opioids2017,
        DateOnly date when date < Cpmtg2016EffectiveDate => GuidelineEditions.Cpmtg2009,
        _ => GuidelineEditions.Cpmtg2016 | GuidelineEditions.Otg2016,
    };

    /// <summary>
    /// Why the editions of <see cref="For"/> apply, naming the date that chose them and where it
    /// came from, e.g. "request date 2014-09-10, before the CPMTG update of 2016-07-28".
    /// </summary>
    /// <param name="recordDate">The date that chose the edition.</param>
    /// <param name="fromRequest">True when it is the request (or UR decision) date; false when it is the latest date the note mentions.</param>
    public static string Why(DateOnly? recordDate, bool fromRequest)
    {
        if (recordDate is not DateOnly date)
        {
            return "no request date and no date in the note: the 2016 editions apply by default";
        }

        var which = fromRequest ? $"request date {Iso(date)}" : $"no request date; the latest date in the note is {Iso(date)}";
        return date >= Acoem2017EffectiveDate ? $"{which}, on or after the ACOEM-based guidelines of {Iso(Acoem2017EffectiveDate)}"
            : date < Cpmtg2016EffectiveDate ? $"{which}, before the CPMTG update of {Iso(Cpmtg2016EffectiveDate)}"
            : $"{which}, on or after the CPMTG update of {Iso(Cpmtg2016EffectiveDate)}";
    }

    /// <summary>The edition as reports name it, e.g. <c>2016</c>: the year of the newest edition in the set.</summary>
    public static string Name(GuidelineEditions edition) =>
        (edition & (GuidelineEditions.ChronicPain2017 | GuidelineEditions.Opioids2017)) != 0 ? "2017"
        : (edition & (GuidelineEditions.Cpmtg2016 | GuidelineEditions.Otg2016)) != 0 ? "2016"
        : (edition & GuidelineEditions.Cpmtg2009) != 0 ? "2009"
        : edition.ToString();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
