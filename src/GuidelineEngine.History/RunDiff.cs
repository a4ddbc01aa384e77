using GuidelineEngine.History.Storage;

namespace GuidelineEngine.History;

/// <summary>
/// What changed between two runs: every item whose prediction, consistency class or any
/// criterion's status differs, matched by letter and position, with the rules whose status changed.
/// </summary>
/// <param name="Before">The first run (without its items).</param>
/// <param name="After">The second run (without its items).</param>
/// <param name="Changes">The items that changed, in letter and position order.</param>
public sealed record RunDiff(RunEntity Before, RunEntity After, IReadOnlyList<ItemChange> Changes);
