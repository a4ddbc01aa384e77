using System.Text.RegularExpressions;
using GuidelineEngine.Model;
using GuidelineEngine.Text;

namespace GuidelineEngine.Reading.Parsing;

/// <summary>
/// What utilization review authorized of a request, read apart from the request's own counts:
/// a clause of the request text ("12 sessions of acupuncture, modified to 6", "certified 1 of 2",
/// "partially certified"), or the authorized part a letter's heading names for a modified request.
/// </summary>
public static partial class RequestDetailsParser
{
    /// <summary>
    /// Reads what the request IMR decided states, with what the claims administrator authorized of
    /// the original request when the letter says (<paramref name="modification"/>).
    /// </summary>
    public static RequestDetails Parse(string request, ModifiedRequest? modification)
    {
        var details = Parse(request);
        if (modification?.Authorized is not { } authorized)
        {
            return details;
        }

        var part = Parse(authorized);
        var original = Parse(modification.Original);
        return details with
        {
            Authorized = new AuthorizedPortion
            {
                Text = authorized,
                Sessions = part.IsMedication ? null : VisitsOf(part),
                Quantity = part.Quantity,
                DurationWeeks = part.DurationWeeks,
                OutOf = original.IsMedication ? WholeQuantity(original.Quantity) : VisitsOf(original),
            },
        };
    }

    // The request text without an authorization clause, and that clause read on its own.
    private static (string Request, AuthorizedPortion? Authorized) WithoutAuthorization(string request, bool isMedication)
    {
        var clause = AuthorizationClause().Match(request);
        if (!clause.Success)
        {
            return (request, null);
        }

        var text = clause.Groups["clause"].Value.Trim().TrimEnd(')', '.', ' ');
        var count = clause.Groups["n"].Success ? NumberWords.Parse(clause.Groups["n"].Value) : null;
        var unit = clause.Groups["unit"].Value;
        var isQuantity = unit.StartsWith('#') || (unit.Length == 0 && isMedication);
        return (request[..clause.Index], new AuthorizedPortion
        {
            Text = text,
            Sessions = isQuantity ? null : count,
            Quantity = isQuantity ? count : null,
            OutOf = clause.Groups["of"].Success ? NumberWords.Parse(clause.Groups["of"].Value) : null,
        });
    }

    private static int? VisitsOf(RequestDetails details) => details.Sessions ?? (details.TimesPerWeek * details.DurationWeeks);

    private static int? WholeQuantity(decimal? quantity) =>
        quantity is { } q && q == decimal.Truncate(q) && q <= int.MaxValue ? (int)q : null;

    [GeneratedRegex(@"(?:[,;(]\s*|\s+-\s+|\s+)(?<clause>(?:(?:UR|utilization review)\s+)?(?:(?:modified|reduced)\s+to\s+(?<unit>#)?\s*(?<n>" + Count + @")(?:\s+(?:sessions?|visits?|treatments?|units?))?|partially\s+(?:certified|authorized|approved)|(?:certified|authorized|approved)\s+(?<unit>#)?(?<n>" + Count + @")\s+of\s+(?:the\s+)?(?<of>" + Count + @"))\b.*)$", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex AuthorizationClause();
}
