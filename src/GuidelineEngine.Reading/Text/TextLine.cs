namespace GuidelineEngine.Reading.Text;

/// <summary>One line of a letter after layout normalisation.</summary>
/// <param name="Text">The line without trailing white space or form feeds.</param>
/// <param name="Number">The 1-based line number in the source, for error messages.</param>
/// <param name="StartsPage">True when a form feed put this line at the top of a new page.</param>
internal readonly record struct TextLine(string Text, int Number, bool StartsPage)
{
    public bool IsBlank => Text.Length == 0;

    public string Trimmed => Text.Trim();
}
