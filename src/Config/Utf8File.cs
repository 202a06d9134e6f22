using System.Buffers;
using System.Text;
using System.Text.Unicode;
using BriefingSite.Diagnostics;

namespace BriefingSite.Config;

/// <summary>
/// Reads a text file the site is built from (<c>input/</c> Markdown, <c>site.yml</c>, other YAML)
/// as strict UTF-8: a byte that is not UTF-8 (a file saved as windows-1256 or UTF-16) is an error
/// naming the file, its line and the byte offset, never a page of replacement characters.
/// Seeds are different: <c>SeedReader</c> detects their encoding.
/// </summary>
public static class Utf8File
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <param name="display">The file name used in the error.</param>
    public static string Read(string path, string display) => Read(path, display, static chars => new string(chars));

    /// <summary>
    /// Reads the file as <see cref="Read(string, string)"/> does, but hands its text to <paramref name="use"/>
    /// in a pooled buffer, valid only during the call: a caller that keeps part of a file (a page's body)
    /// then makes one string, not three.
    /// </summary>
    public static T Read<T>(string path, string display, CharsReader<T> use)
    {
        using var handle = File.OpenHandle(path);
        var length = checked((int)RandomAccess.GetLength(handle));
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        var chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var total = 0;
            int read;
            while (total < length && (read = RandomAccess.Read(handle, bytes.AsSpan(total, length - total), total)) > 0)
            {
                total += read;
            }

            return use(Decode(bytes.AsSpan(0, total), chars, display));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> bytes, char[] chars, string display)
    {
        var start = bytes.StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        var content = bytes[start..];
        var status = Utf8.ToUtf16(content, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var offset = start + read;
            var line = content[..read].Count((byte)'\n') + 1;
            throw new SiteException(display, $"invalid UTF-8 at byte offset {offset} (byte 0x{bytes[offset]:X2}): save the file as UTF-8", line);
        }

        return chars.AsSpan(0, written);
    }
}

/// <summary>Reads text lent for the duration of the call.</summary>
public delegate T CharsReader<out T>(ReadOnlySpan<char> chars);
