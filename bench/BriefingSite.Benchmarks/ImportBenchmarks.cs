using BenchmarkDotNet.Attributes;
using BriefingSite.Import;

namespace BriefingSite.Benchmarks;

/// <summary>Importing one real seed: decode the file, then parse it into front-matter and Markdown.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private RepositorySite _site = null!;
    private SeedManifest _manifest = null!;
    private SeedParser _parser = null!;
    private SeedText _text = null!;

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> Seeds() =>
        Directory.EnumerateFiles(RepositorySite.Load().Paths.Seeds, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [GlobalSetup]
    public void Setup()
    {
        _site = RepositorySite.Load();
        _manifest = SeedManifest.Load(_site.Paths, _site.Config);
        _parser = new SeedParser(_site.Config);
        _text = SeedReader.Read(Path.Combine(_site.Paths.Seeds, Seed), Seed);
    }

    [Benchmark]
    public SeedText ReadSeed() => SeedReader.Read(Path.Combine(_site.Paths.Seeds, Seed), Seed);

    [Benchmark]
    public ParsedSeed ParseSeed() => _parser.Parse(_text, _manifest.For(Seed));
}
