namespace GuidelineEngine.Facts;

/// <summary>Whether the text documents a fact.</summary>
public enum Polarity
{
    /// <summary>The text documents it.</summary>
    Present,

    /// <summary>The text says it is absent, not documented or unclear.</summary>
    Absent,

    /// <summary>The text does not mention it.</summary>
    NotMentioned,
}
