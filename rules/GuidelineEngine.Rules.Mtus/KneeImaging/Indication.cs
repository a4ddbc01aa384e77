using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.KneeImaging;

/// <summary>
/// Knee MRI needs a red flag, the acute criteria with a suspected meniscal or ligament tear, or a
/// suspected tear that a period of conservative care did not settle.
/// </summary>
[Rule<KneeImagingPolicy>("MTUS.ACOEM.KneeImaging.Indication", Guideline = "MTUS ACOEM Knee Complaints (2004)", Section = "Special Studies", Pages = "341-343",
    Criterion = "Special studies are not needed to evaluate most knee complaints until after a period of conservative care and observation, once red-flag issues are ruled out; with joint effusion, inability to bear weight or to flex the knee to 90 degrees and the physician's suspicion of a meniscal or ligament tear, an MRI may be helpful.")]
public sealed class Indication : IndicationRule
{
    /// <inheritdoc/>
    protected override IEnumerable<IndicationResult> Indications(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var tear = facts.Status(FactKind.SuspectedInternalDerangement) == Polarity.Present;
        yield return RedFlag(facts);
        yield return tear && facts.Status(FactKind.KneeAcuteSign) == Polarity.Present
            ? Shown("An acute sign (effusion, inability to bear weight) is documented with a suspected meniscal or ligament tear.",
                [.. facts.Evidence(FactKind.KneeAcuteSign), .. facts.Evidence(FactKind.SuspectedInternalDerangement)])
            : Undocumented("The acute criteria with a suspected meniscal or ligament tear are not documented.",
                "joint effusion, inability to bear weight or to flex to 90 degrees, with a suspected meniscal or ligament tear");
        yield return tear && DiagnosticFacts.FailedConservativeCare(facts) is not null
            ? Shown("A suspected meniscal or ligament tear persisted through conservative care.",
                [.. facts.Evidence(FactKind.SuspectedInternalDerangement), .. DiagnosticFacts.FailedConservativeCare(facts)!])
            : Undocumented("A suspected tear that failed a period of conservative care is not documented.",
                "a suspected meniscal or ligament tear that did not improve with conservative care");
    }
}
