namespace GuidelineEngine.Facts.Requests;

/// <summary>The side of the body a request names for a body part.</summary>
public enum BodySide
{
    /// <summary>No side written ("MRI of the lumbar spine", "neck").</summary>
    NotStated,
    /// <summary>The left side ("left knee", "LUE").</summary>
    Left,
    /// <summary>The right side ("right hand", "RUE").</summary>
    Right,
    /// <summary>Both sides ("bilateral upper extremities", "both knees", "BLE").</summary>
    Bilateral,
}
