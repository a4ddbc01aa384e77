using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.HomeExerciseKit;

/// <summary>Home exercise kits and equipment.</summary>
public sealed class HomeExerciseKitPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "HomeExerciseKit";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.HomeExerciseKit && !facts.Request.IsPostOperative;
}
