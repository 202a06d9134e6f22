using BriefingSite.Config;
using BriefingSite.Diagnostics;

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

    /// <summary>Reads seeds.yml; slugs and languages become paths, so they are checked here, with their line.</summary>
    public static SeedManifest Load(SitePaths paths, SiteConfig config)
    {
        var path = Path.Combine(paths.Seeds, FileName);
        if (!File.Exists(path))
        {
            return new SeedManifest();
        }

        var file = paths.Display(path);
        PathBoundary.RequireInsideSite(path, paths, file);
        var text = Utf8File.Read(path, file);
        var manifest = YamlLoader.Load<SeedManifest>(text, file);
        foreach (var (seed, overrides) in manifest.Seeds)
        {
            Check(overrides.Slug is null || SlugRule.IsValidPageSlug(overrides.Slug), text, file, [seed, "slug"], $"seed {seed}: slug '{overrides.Slug}' may hold only lowercase letters and digits (a-z and 0-9, or of the page's own script) and single hyphens (it names the briefing's file and address)");
            Check(overrides.TranslationOf is null || config.HasLanguage(overrides.TranslationOf), text, file, [seed, "translation_of"], $"seed {seed}: translation_of '{overrides.TranslationOf}' is not a language of site.yml ({string.Join(", ", config.Languages.Select(l => l.Code))})");
            foreach (var language in new[] { overrides.Lang }.Concat(overrides.Abstracts.Keys).OfType<string>())
            {
                var key = language == overrides.Lang ? [seed, "lang"] : new[] { seed, "abstracts", language };
                Check(config.HasLanguage(language), text, file, key, $"seed {seed}: '{language}' is not a language of site.yml ({string.Join(", ", config.Languages.Select(l => l.Code))})");
            }
        }

        return manifest;
    }

    private static void Check(bool valid, string text, string file, string[] keys, string message)
    {
        if (!valid)
        {
            var (line, column) = YamlLocator.Find(text, ["seeds", .. keys]);
            throw new SiteException(file, message, line, column);
        }
    }
}

/// <summary>Per-seed settings; anything left out is detected from the text.</summary>
public sealed record SeedOverrides
{
    public string? Lang { get; init; }

    public string? Title { get; init; }

    public string? Slug { get; init; }

    public string? TranslationKey { get; init; }

    /// <summary>On a translation: the language of its original (another seed with the same <c>translation_key</c>).</summary>
    public string? TranslationOf { get; init; }

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
