using System.Globalization;
using System.Text;

namespace GuidelineEngine.Reading;

/// <summary>
/// Text of a letter made safe to quote in an error or warning: control characters (which a
/// terminal would act on, or which break a line) are written as <c>\u001B</c>-style escapes.
/// </summary>
public static class Printable
{
    /// <summary><paramref name="text"/> with every control character escaped.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
