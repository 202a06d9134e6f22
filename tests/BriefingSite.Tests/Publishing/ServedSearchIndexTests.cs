using BriefingSite.Publishing;
using BriefingSite.Publishing.Search;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

public sealed class ServedSearchIndexTests
{
    private static readonly DateTime Untouched = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_refresh_writes_only_the_files_whose_text_changed_and_removes_shards_no_longer_named()
    {
        using var site = TempSite.Empty();
        var output = site.Output;
        var shard = SearchIndexWriter.Folder + "0061.js";
        var stale = SearchIndexWriter.Folder + "0062.js";
        // As the full build wrote them.
        OutputFile[] built =
        [
            new(SearchIndexWriter.IndexPath, "index v1"), new(shard, "shard a"), new(stale, "shard b"),
            new(SearchIndexWriter.TextPath(0), "text of page 0"), new(SearchIndexWriter.TextPath(1), "text of page 1"),
        ];
        foreach (var file in built)
        {
            OutputTarget.Write(output, file);
            File.SetLastWriteTimeUtc(OutputTarget.Resolve(output, file.Path), Untouched);
        }

        var served = new ServedSearchIndex(output);
        var written = served.Replace(
        [
            new(SearchIndexWriter.IndexPath, "index v2"), new(shard, "shard a"),
            new(SearchIndexWriter.TextPath(0), "text of page 0, edited"), new(SearchIndexWriter.TextPath(1), "text of page 1"),
        ]);

        Assert.Equal(2, written);
        Assert.Equal("index v2", site.Read("output/" + SearchIndexWriter.IndexPath));
        Assert.Equal("text of page 0, edited", site.Read("output/" + SearchIndexWriter.TextPath(0)));
        Assert.Equal(Untouched, File.GetLastWriteTimeUtc(OutputTarget.Resolve(output, shard)));
        Assert.Equal(Untouched, File.GetLastWriteTimeUtc(OutputTarget.Resolve(output, SearchIndexWriter.TextPath(1))));
        Assert.False(File.Exists(OutputTarget.Resolve(output, stale)));

        // The next refresh knows what it served without reading it back; a shard named again is written again.
        written = served.Replace(
        [
            new(SearchIndexWriter.IndexPath, "index v2"), new(shard, "shard a"), new(stale, "shard b"),
            new(SearchIndexWriter.TextPath(0), "text of page 0, edited"), new(SearchIndexWriter.TextPath(1), "text of page 1, edited"),
        ]);

        Assert.Equal(2, written);
        Assert.Equal("shard b", site.Read("output/" + stale));
        Assert.Equal("text of page 1, edited", site.Read("output/" + SearchIndexWriter.TextPath(1)));
        Assert.Equal(Untouched, File.GetLastWriteTimeUtc(OutputTarget.Resolve(output, shard)));
    }
}
