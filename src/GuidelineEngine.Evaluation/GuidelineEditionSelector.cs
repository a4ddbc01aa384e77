using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation;

/// <summary>Chooses the guideline edition in force on the date of the request.</summary>
public static class GuidelineEditionSelector
{
    /// <summary>The CPMTG update took effect on 28 July 2016.</summary>
    public static readonly DateOnly Cpmtg2016EffectiveDate = new(2016, 7, 28);

    /// <summary>The edition in force on <paramref name="requestDate"/>; the newest encoded one when the date is unknown.</summary>
    public static GuidelineEditions For(DateOnly? requestDate) =>
        requestDate is DateOnly date && date < Cpmtg2016EffectiveDate ? GuidelineEditions.Cpmtg2009 : GuidelineEditions.Cpmtg2016;

    /// <summary>The edition as reports name it, e.g. <c>2016</c>.</summary>
    public static string Name(GuidelineEditions edition) => edition switch
    {
        GuidelineEditions.Cpmtg2009 => "2009",
        GuidelineEditions.Cpmtg2016 => "2016",
        _ => edition.ToString(),
    };
}
