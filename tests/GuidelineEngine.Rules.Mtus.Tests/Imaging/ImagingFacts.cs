using GuidelineEngine.Facts;
using GuidelineEngine.Model;

namespace GuidelineEngine.Rules.Mtus.Tests.Imaging;

/// <summary>Facts of real dev-corpus sentences that the imaging and electrodiagnostic rule tests share.</summary>
internal static class ImagingFacts
{
    public static Fact Weeks(int weeks) =>
        new(FactKind.TimeSinceInjury, $"{weeks} weeks", Polarity.Present, SourceSection.Summary, 0, 0, string.Empty, string.Empty);

    public static Fact Present(FactKind kind, string sentence) =>
        new(kind, sentence, Polarity.Present, SourceSection.Summary, 0, sentence.Length, sentence, sentence);

    public static Fact Denied(FactKind kind, string sentence) =>
        new(kind, sentence, Polarity.Absent, SourceSection.Summary, 0, sentence.Length, sentence, sentence, Absence.Finding);

    public static readonly Fact Fracture = Present(FactKind.ImagingRedFlag, "There is concern for a compression fracture.");
    public static readonly Fact NoFracture = Denied(FactKind.ImagingRedFlag, "No acute fracture is detected.");
    public static readonly Fact Deficit = Present(FactKind.ObjectiveNeuroDeficit, "The physical assessment showed decreased sensation at L5-S1 dermatomes.");
    public static readonly Fact NoDeficit = Denied(FactKind.ObjectiveNeuroDeficit, "There was no sensory, motor weakness or reflex asymmetry in either of the lower extremities.");
    public static readonly Fact CareFailed = Present(FactKind.ConservativeCareFailed, "Physical therapy did not help.");
    public static readonly Fact SurgeryPlanned = Present(FactKind.InvasiveProcedureConsidered, "He is considering surgery.");
    public static readonly Fact TherapyHad = Present(FactKind.ConservativeCareReceived, "Relevant treatments have included: physical therapy, work restrictions, and medications.");
    public static readonly Fact NoChange = Present(FactKind.SymptomsPersist, "Records also indicate no changes in complaints or level of functioning.");
    public static readonly Fact TherapyHelped = Present(FactKind.ConservativeCareHelped, "Chiropractic therapy received were noted to improve symptoms.");
    public static readonly Fact MeniscalTear = Present(FactKind.SuspectedInternalDerangement, "The diagnosis is a suspected medial meniscal tear.");
    public static readonly Fact Effusion = Present(FactKind.KneeAcuteSign, "There was an effusion of the right knee.");
    public static readonly Fact Entrapment = Present(FactKind.NerveEntrapmentSign, "The patient had a positive Phalen test and Tinel test on the left wrist.");
    public static readonly Fact Radicular = Present(FactKind.Radiculopathy, "She has neck pain radiating to the left hand.");
    public static readonly Fact RootOnImaging = Present(FactKind.ImagingNerveRootCompromise, "The MRI showed a disc protrusion contacting the exiting left L5 nerve root.");
}
