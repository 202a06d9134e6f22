using BriefingSite.Config;

namespace BriefingSite.Import;

/// <summary>
/// <c>seeds/seeds.yml</c>: what a maintainer states about a seed that the text does not say
/// reliably (slug, translation pairing, topics, an abstract in the other language).
/// </summary>
public sealed record SeedManifest
{
    public const string FileName = "seeds.yml";

    public Dictionary<string, SeedOverrides> Seeds { get; init; } = [];

    public SeedOverrides For(string seedFileName) =>
        Seeds.TryGetValue(seedFileName, out var overrides) ? overrides : new SeedOverrides();

    public static SeedManifest Load(SitePaths paths)
    {
        var path = Path.Combine(paths.Seeds, FileName);
        return File.Exists(path)
            ? YamlLoader.Load<SeedManifest>(Utf8File.Read(path, paths.Display(path)), paths.Display(path))
            : new SeedManifest();
    }
}

/// <summary>Per-seed settings; anything left out is detected from the text.</summary>
public sealed record SeedOverrides
{
    public string? Lang { get; init; }

    public string? Title { get; init; }

    public string? Slug { get; init; }

    public string? TranslationKey { get; init; }

    public List<string>? Topics { get; init; }

    public string? Date { get; init; }

    public int? Year { get; init; }

    public string? Summary { get; init; }

    /// <summary>Authors, when the text does not name them in a way the importer reads.</summary>
    public List<string>? Authors { get; init; }

    /// <summary>Publisher, when the text names it only in page furniture (a donation appeal).</summary>
    public string? Publisher { get; init; }

    public string? PublisherAlt { get; init; }

    /// <summary>Publisher's site; a bare host name becomes <c>https://</c>.</summary>
    public string? PublisherUrl { get; init; }

    /// <summary>Abstracts in other languages, keyed by language code.</summary>
    public Dictionary<string, string> Abstracts { get; init; } = [];
}
