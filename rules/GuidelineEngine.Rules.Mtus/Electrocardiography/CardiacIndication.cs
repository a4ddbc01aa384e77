using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Electrocardiography;

/// <summary>An electrocardiogram needs cardiac symptoms or disease to evaluate.</summary>
[Rule<ElectrocardiographyPolicy>("NonMTUS.NHLBI.Electrocardiography.CardiacIndication", Guideline = "National Heart, Lung, and Blood Institute (NHLBI): Electrocardiogram", Section = "What is an electrocardiogram?",
    Criterion = "An ECG is done to evaluate chest pain, high blood pressure, or signs or symptoms of an abnormal heart rate or rhythm; people who have passed out from an uncertain cause should have an ECG.")]
public sealed class CardiacIndication : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Cardiac symptoms or disease are documented.", "cardiac symptoms or disease (chest pain, palpitations, syncope, hypertension, an abnormal rhythm)", FactKind.CardiacSymptoms);
}
