namespace GuidelineEngine.RuleModel;

/// <summary>Another item of the same request, as the evaluator has already predicted it.</summary>
/// <param name="Number">Its position in the request, from 1.</param>
/// <param name="Name">The request as written, for explanations.</param>
/// <param name="Topic">The topic that decided it.</param>
/// <param name="Predicted">Its predicted determination.</param>
public sealed record RelatedItem(int Number, string Name, string Topic, Determination Predicted);
