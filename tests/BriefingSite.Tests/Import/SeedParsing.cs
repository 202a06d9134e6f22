using System.Text;
using BriefingSite.Config;
using BriefingSite.Import;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import;

/// <summary>Parses seed text with the repository's own site.yml, as <c>briefing import</c> does.</summary>
internal static class SeedParsing
{
    public static SiteConfig Config { get; } = SiteConfigLoader.Load(SitePaths.ForRoot(RepoPaths.Root));

    public static ParsedSeed Parse(string text, SeedOverrides? overrides = null, string file = "seeds/test.txt") =>
        new SeedParser(Config).Parse(new SeedText(file, text, "utf-8", Encoding.UTF8.GetBytes(text)), overrides ?? new SeedOverrides());

    public static ParsedSeed ParseRealSeed(string prefix)
    {
        var paths = SitePaths.ForRoot(RepoPaths.Root);
        var path = Directory.GetFiles(paths.Seeds, prefix + "_*.txt").Single();
        var manifest = SeedManifest.Load(paths, Config);
        return new SeedParser(Config).Parse(SeedReader.Read(path, paths.Display(path), settings: Config.Import), manifest.For(Path.GetFileName(path)));
    }

    public static List<TextBlock> Blocks(string text) => [.. TextBlock.Split(text)];
}
