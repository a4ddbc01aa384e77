using System.Text;

namespace GuidelineEngine.Cli.Output;

/// <summary>
/// Writes through to another writer without the spaces at the end of each line that a layout
/// pads its cells with: a file or pipe gets lines that end where their text ends.
/// </summary>
internal sealed class TrimmedLinesWriter(TextWriter inner) : TextWriter
{
    private int pendingSpaces;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == ' ')
        {
            pendingSpaces++;
            return;
        }

        if (value is not ('\n' or '\r'))
        {
            for (; pendingSpaces > 0; pendingSpaces--)
            {
                inner.Write(' ');
            }
        }

        pendingSpaces = 0;
        inner.Write(value);
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        for (var i = index; i < index + count; i++)
        {
            Write(buffer[i]);
        }
    }

    public override void Flush() => inner.Flush();
}
