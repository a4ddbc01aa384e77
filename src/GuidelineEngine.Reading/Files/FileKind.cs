using System.Runtime.InteropServices;

namespace GuidelineEngine.Reading.Files;

/// <summary>
/// What kind of file system entry a path names, following links. Only a regular file is read as a
/// letter: opening a FIFO blocks until something writes to it, and a device such as
/// <c>/dev/zero</c> never ends. The BCL does not expose the file type (its attributes only say
/// directory, link or neither), so this asks the runtime's own native shim, which every .NET host
/// on Unix ships, for the <c>stat</c> mode bits.
/// </summary>
internal static partial class FileKind
{
    // The runtime's portable mode bits (pal_io.h), not the platform's: the shim maps them.
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>
    /// Why <paramref name="path"/> is not a regular file ("a FIFO (named pipe)", "a device"...),
    /// or null for a regular file, a path that does not exist (opening it says so) and on Windows.
    /// </summary>
    public static string? NotRegular(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var status = default(FileStatus);
        if (Stat(path, ref status) != 0)
        {
            return null;
        }

        return (status.Mode & TypeMask) switch
        {
            Regular => null,
            Fifo => "a FIFO (named pipe)",
            CharacterDevice or BlockDevice => "a device",
            Socket => "a socket",
            Directory => "a folder",
            _ => "not a regular file",
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, ref FileStatus status);

    // The shim's FileStatus: Flags then Mode lead; the rest (sizes, times, ids) is room only,
    // sized well beyond the struct so that a runtime adding fields cannot overrun it.
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
