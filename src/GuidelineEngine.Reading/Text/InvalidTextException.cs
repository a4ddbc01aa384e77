namespace GuidelineEngine.Reading.Text;

/// <summary>A text letter's bytes are in no encoding the reader knows; the message says which byte and where.</summary>
internal sealed class InvalidTextException(string message) : Exception(message);
