namespace BriefingSite.Config;

/// <summary>Importer settings that maintainers tune without recompiling.</summary>
public sealed record ImportConfig
{
    /// <summary>Page furniture (share buttons, donation appeals) removed from seeds, matched per paragraph.</summary>
    public List<BoilerplatePattern> Boilerplate { get; init; } = [];

    /// <summary>Seeds larger than this are refused with a clear error, keeping import time and memory bounded.</summary>
    public int MaxSeedMegabytes { get; init; } = 10;

    /// <summary>
    /// How slugs are made from titles: <c>latin</c> (ASCII; Arabic and Persian transliterated so
    /// words keep their shape) or <c>native</c> (the title's own letters, for example Arabic).
    /// </summary>
    public string Slugs { get; init; } = LatinSlugs;

    public const string LatinSlugs = "latin";

    public const string NativeSlugs = "native";

    /// <summary>How many keyword hits make the importer propose a topic.</summary>
    public int TopicMinimumHits { get; init; } = 2;

    /// <summary>How dense the keyword hits must be (per thousand words) for a topic to be proposed.</summary>
    public double TopicMinimumPerThousandWords { get; init; }
}

/// <summary>A named regular expression; a paragraph it matches is removed and reported.</summary>
public sealed record BoilerplatePattern
{
    public string Name { get; init; } = "";

    public string Pattern { get; init; } = "";
}
