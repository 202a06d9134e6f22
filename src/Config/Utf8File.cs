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
    public static string Read(string path, string display)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        var content = bytes.AsSpan(start);
        var chars = new char[content.Length];
        var status = Utf8.ToUtf16(content, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var offset = start + read;
            var line = content[..read].Count((byte)'\n') + 1;
            throw new SiteException(display, $"invalid UTF-8 at byte offset {offset} (byte 0x{bytes[offset]:X2}): save the file as UTF-8", line);
        }

        return new string(chars, 0, written);
    }
}
