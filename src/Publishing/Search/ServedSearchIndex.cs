using BriefingSite.Rendering;

namespace BriefingSite.Publishing.Search;

/// <summary>The search index of a served site, replaced after an update (serve makes it in the background).</summary>
public static class ServedSearchIndex
{
    /// <summary>
    /// Replaces the served search index: shards first and the index that names them last, so a
    /// search never looks for a shard that is not there yet; then removes shards no longer named.
    /// </summary>
    public static void Replace(string output, IReadOnlyList<OutputFile> files)
    {
        foreach (var file in files.OrderBy(f => f.Path == SearchIndexWriter.IndexPath))
        {
            OutputTarget.Replace(output, file);
        }

        var current = files.Select(f => OutputTarget.Resolve(output, f.Path)).ToHashSet(StringComparer.Ordinal);
        var folder = OutputTarget.Resolve(output, SearchIndexWriter.Folder);
        foreach (var stale in Directory.EnumerateFiles(folder).Where(f => !current.Contains(f)))
        {
            File.Delete(stale);
        }
    }
}
