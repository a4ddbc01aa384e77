using System.Text;

namespace GuidelineEngine.Cli.Output;

/// <summary>
/// A file named by an option such as <c>--out</c> or <c>--report</c>, opened before any work so
/// that a folder that cannot be written to stops the run at once; a failure to open or write it is
/// said in one line (<see cref="Describe"/>) with its own exit code, <see cref="ExitCodes.OutputFailed"/>.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private OutputFile(string option, string path, StreamWriter writer)
    {
        Option = option;
        Path = path;
        Writer = writer;
    }

    /// <summary>The option that named the file, e.g. <c>--out</c>.</summary>
    public string Option { get; }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>Writes UTF-8 (no byte order mark) into the file.</summary>
    public StreamWriter Writer { get; }

    /// <summary>True for an exception that means the file could not be written: a full disk, no permission, a device that refuses.</summary>
    public static bool IsWriteFailure(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>Creates (or truncates) <paramref name="file"/>; null with <paramref name="problem"/> saying why it cannot be.</summary>
    public static OutputFile? Open(string option, FileInfo file, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            problem = null;
            return new OutputFile(option, file.FullName, new StreamWriter(file.FullName, append: false, new UTF8Encoding(false)));
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            problem = Describe(option, file.FullName, e);
            return null;
        }
    }

    /// <summary>The one line that says a file could not be written.</summary>
    public static string Describe(string option, string path, Exception e) =>
        $"error: {option} '{path}' cannot be written: {e.Message}";

    /// <summary>Flushes what is buffered; false with <paramref name="problem"/> when the file refuses it.</summary>
    public bool TryClose(out string? problem)
    {
        try
        {
            Writer.Dispose();
            problem = null;
            return true;
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            problem = Describe(Option, Path, e);
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        // A file that refused its last bytes was already said by TryClose; closing it again must not throw.
        try
        {
            Writer.Dispose();
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
        }
    }
}
