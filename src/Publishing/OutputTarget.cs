using System.Buffers;
using System.Text;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing;

/// <summary>Where an output file goes inside a folder, and writing it there: never outside the folder.</summary>
public static class OutputTarget
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The full path of <paramref name="relativePath"/> inside <paramref name="folder"/>; refuses paths that leave it.</summary>
    public static string Resolve(string folder, string relativePath)
    {
        // Names only: the folder is the build's own staging or output folder, which holds no links.
        var target = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (!PathBoundary.IsInside(target, folder))
        {
            throw new SiteException(relativePath, "refusing to write outside the output folder");
        }

        return target;
    }

    /// <summary>Writes (or copies) one file into <paramref name="folder"/>, creating its folders.</summary>
    public static void Write(string folder, OutputFile file)
    {
        var target = Resolve(folder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        WriteTo(target, file);
    }

    /// <summary>Writes (or copies) one file to the full path <paramref name="target"/>, whose folder exists.</summary>
    public static void WriteTo(string target, OutputFile file)
    {
        if (file.Text is not null)
        {
            WriteUtf8(target, file.Text);
        }
        else if (file.Bytes is not null)
        {
            File.WriteAllBytes(target, file.Bytes);
        }
        else
        {
            File.Copy(file.CopyFrom!, target, overwrite: true);
        }
    }

    /// <summary>The text as UTF-8 without a byte order mark, encoded into a pooled buffer and written in one call.</summary>
    private static void WriteUtf8(string target, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            using var handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write);
            RandomAccess.Write(handle, buffer.AsSpan(0, length), 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Replaces one file of a served folder: written beside it, then renamed over it, so a reader
    /// never gets half a page. For serve's in-place updates; builds swap whole folders instead.
    /// </summary>
    public static void Replace(string folder, OutputFile file)
    {
        var target = Resolve(folder, file.Path);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        Write(folder, file with { Path = Path.GetRelativePath(folder, temporary) });
        File.Move(temporary, target, overwrite: true);
    }
}
