using BenchmarkDotNet.Attributes;
using BriefingSite.Publishing.Search;
using BriefingSite.Rendering;

namespace BriefingSite.Benchmarks;

/// <summary>The search index of the repository's site: terms of every page, then the index and shard scripts.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private RepositorySite _site = null!;
    private UiStrings _strings = null!;
    private SearchIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = RepositorySite.Load();
        _strings = UiStrings.Load(_site.Paths, _site.Config);
        _index = SearchIndexBuilder.Build(_site.Site, _strings);
    }

    [Benchmark]
    public SearchIndex BuildIndex() => SearchIndexBuilder.Build(_site.Site, _strings);

    [Benchmark]
    public int WriteShards() => SearchIndexWriter.Write(_index).Count;
}
