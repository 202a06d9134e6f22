using BriefingSite.Rendering;

namespace BriefingSite.Publishing;

/// <summary>Reads an existing output folder back into <see cref="OutputFile"/>s, for <c>briefing check</c>.</summary>
public static class OutputReader
{
    public static IReadOnlyList<OutputFile> Read(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var relative = Path.GetRelativePath(folder, f).Replace('\\', '/');
                return relative.EndsWith(".html", StringComparison.Ordinal)
                    ? new OutputFile(relative, File.ReadAllText(f))
                    : new OutputFile(relative, null, f);
            })];
}
