using System.Runtime.InteropServices;

namespace BriefingSite.Publishing;

/// <summary>
/// Linux's <c>renameat2(…, RENAME_EXCHANGE)</c>: swaps two paths in one atomic step, so a server
/// reading <c>output/</c> during a build finds the old site or the new one, never no site.
/// </summary>
internal static class RenameExchange
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint ExchangeFlag = 2; // RENAME_EXCHANGE
    private const int NotImplemented = 38; // ENOSYS: a kernel older than 3.15
    private const int InvalidArgument = 22; // EINVAL: a file system without exchange
    private const int NotSupported = 95; // EOPNOTSUPP

    /// <summary>True when exchanged; false when this system cannot; an <see cref="IOException"/> for any other failure (nothing changed).</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        int result;
        try
        {
            result = Renameat2(CurrentFolder, CString(first), CurrentFolder, CString(second), ExchangeFlag);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without renameat2 (glibc before 2.28).
            return false;
        }

        if (result == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error is NotImplemented or InvalidArgument or NotSupported
            ? false
            : throw new IOException($"cannot exchange {first} and {second}: {Marshal.GetPInvokeErrorMessage(error)}");
    }

    private static byte[] CString(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    // Byte arrays rather than strings: blittable, so no generated marshalling and no unsafe code.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Renameat2(int oldFolder, byte[] oldPath, int newFolder, byte[] newPath, uint flags);
}
