using System.Text;

namespace GuidelineEngine.Application.Tests.UseCases;

/// <summary>Seeded mutants of real letters: cuts, flipped bytes, repeated or lost lines, other encodings and line endings.</summary>
internal static class LetterMutants
{
    /// <summary>A seeded mutant of <paramref name="letter"/>.</summary>
    public static byte[] Mutate(byte[] letter, Random random)
    {
        switch (random.Next(7))
        {
            case 0: // cut anywhere
                return letter[..random.Next(letter.Length)];
            case 1: // flip some bytes
                var flipped = (byte[])letter.Clone();
                for (var i = random.Next(1, 20); i > 0; i--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            case 2: // repeat a run of lines
            {
                var lines = Lines(letter);
                var at = random.Next(lines.Count);
                lines.InsertRange(at, lines.Skip(at).Take(random.Next(1, 12)).ToList());
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            }

            case 3: // lose a run of lines
            {
                var lines = Lines(letter);
                var at = random.Next(lines.Count);
                lines.RemoveRange(at, Math.Min(random.Next(1, 12), lines.Count - at));
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            }

            case 4:
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(letter))];
            case 5:
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(letter).Replace("\n", "\r", StringComparison.Ordinal));
            default: // an accented word in Latin-1
                return Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(letter).Replace(" the ", " th\u00e9 ", StringComparison.Ordinal));
        }
    }

    private static List<string> Lines(byte[] letter) => [.. Encoding.UTF8.GetString(letter).Split('\n')];
}
