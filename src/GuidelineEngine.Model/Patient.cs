namespace GuidelineEngine.Model;

/// <summary>What the clinical case summary says of the patient's demographics.</summary>
/// <param name="Age">Age in years, when stated.</param>
/// <param name="Sex">Sex, when stated.</param>
public sealed record Patient(int? Age, Sex? Sex);
