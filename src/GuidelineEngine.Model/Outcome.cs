namespace GuidelineEngine.Model;

/// <summary>The recorded IMR decision on one disputed item.</summary>
public enum Outcome
{
    /// <summary>The UR denial stands: the item was found not medically necessary.</summary>
    Upheld,

    /// <summary>The UR denial was reversed: the item was found medically necessary.</summary>
    Overturned,
}
