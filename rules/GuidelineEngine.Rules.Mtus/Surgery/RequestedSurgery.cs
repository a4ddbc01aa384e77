using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Surgery;

/// <summary>
/// The surgery of a request as the services that follow it (assistant, post-operative opioids,
/// anti-emetics) see it: the one definition of "the surgery is supported" they all read. It is
/// supported when every surgery of the request is predicted medically necessary (Overturned); one
/// predicted not necessary (Upheld) is enough for the services that follow not to be.
/// </summary>
public sealed class RequestedSurgery
{
    private readonly IReadOnlyList<ItemDetermination> surgeries;

    private RequestedSurgery(IReadOnlyList<ItemDetermination> surgeries) => this.surgeries = surgeries;

    /// <summary>True when the request holds a surgery with a prediction.</summary>
    public bool IsRequested => surgeries.Count > 0;

    /// <summary>True when the request holds a surgery and every one is predicted Overturned.</summary>
    public bool IsSupported => IsRequested && surgeries.All(s => s.Predicted == Determination.Overturned);

    /// <summary>The surgery the verdict rests on: the first when supported, else the first predicted Upheld.</summary>
    public ReviewedItem Deciding => IsSupported ? surgeries[0].Item : surgeries.First(s => s.Predicted == Determination.Upheld).Item;

    /// <summary>The request's surgeries, from their determinations in request order.</summary>
    public static RequestedSurgery Of(IReadOnlyList<ItemDetermination> determinations)
    {
        ArgumentNullException.ThrowIfNull(determinations);
        return new([.. determinations.Where(d => d.Predicted is Determination.Upheld or Determination.Overturned)]);
    }
}
