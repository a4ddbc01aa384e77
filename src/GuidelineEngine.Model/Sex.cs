namespace GuidelineEngine.Model;

/// <summary>The patient's sex as the clinical case summary states it.</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,
}
