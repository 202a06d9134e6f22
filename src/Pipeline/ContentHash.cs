using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BriefingSite.Pipeline;

/// <summary>
/// A SHA-256 over labelled texts, files and folders (each file's path relative to its folder, its
/// length and its bytes, in ordinal path order): the content key of the build and import stamps.
/// </summary>
public sealed class ContentHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The tool itself: a new build of it may make different files from the same inputs.</summary>
    public ContentHash AddTool() => Add(typeof(ContentHash).Assembly.ManifestModule.ModuleVersionId.ToString());

    public ContentHash Add(string text)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
        return this;
    }

    public ContentHash AddFolder(string folder, string label)
    {
        if (!Directory.Exists(folder))
        {
            return Add(label + "(none)");
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            AddFile(file, label + Path.GetRelativePath(folder, file).Replace('\\', '/'));
        }

        return this;
    }

    public ContentHash AddFile(string path, string label)
    {
        Add(label);
        if (!File.Exists(path))
        {
            return this;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            Add(bytes.Length.ToString(CultureInfo.InvariantCulture));
            _hash.AppendData(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A dangling link or an unreadable file: the step that reads it reports it with its name.
            Add("(unreadable)");
        }

        return this;
    }

    public string Hex() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
