using System.Globalization;
using System.Net;

namespace GuidelineEngine.Reporting.Sections;

/// <summary>The report sections' shared formatting.</summary>
internal static class HtmlText
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string Percent(double? value) => value is double v ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";

    // Kappa is undefined when prediction and record each use one outcome: say so rather than leave a bare "n/a".
    public static string Number(double? value) => value is double v ? v.ToString("F3", CultureInfo.InvariantCulture) : "n/a (undefined)";
}
