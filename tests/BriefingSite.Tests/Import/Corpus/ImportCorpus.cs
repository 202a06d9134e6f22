using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Import;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import.Corpus;

/// <summary>
/// The import spec corpus in <c>tests/BriefingSite.Tests/ImportCorpus/</c>: every seed
/// (<c>&lt;name&gt;.txt</c>, <c>.pdf</c>, <c>.html</c>, <c>.htm</c> or <c>.docx</c>) with its
/// <c>&lt;name&gt;.facts.json</c> and golden <c>&lt;name&gt;.expected.md</c>, imported once per
/// test run through <see cref="SeedReader"/> and <see cref="SeedParser"/> with no per-seed overrides,
/// as a text the importer has never seen would be. A document seed may have a
/// <c>&lt;name&gt;.reference.txt</c>: the text as its author wrote it (the page a PDF was printed
/// from, say), so words are counted against the original, not against what the extractor gave.
/// </summary>
public static class ImportCorpus
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "tests", "BriefingSite.Tests", "ImportCorpus");

    /// <summary>The repository's site.yml (its boilerplate patterns and topics), with Persian added when it lacks it.</summary>
    public static SiteConfig Config { get; } = WithPersian(SiteConfigLoader.Load(SitePaths.ForRoot(RepoPaths.Root)));

    public static IReadOnlyList<CorpusText> Texts { get; } = Discover();

    private static readonly Lazy<IReadOnlyList<CorpusImport>> Imported = new(() => [.. Texts.AsParallel().AsOrdered().Select(Import)]);

    public static IReadOnlyList<CorpusImport> All => Imported.Value;

    public static TheoryData<string> Names => new(Texts.Select(t => t.Name));

    public static CorpusImport For(string name) => All.Single(i => i.Text.Name == name);

    public static CorpusImport Import(CorpusText text)
    {
        var display = "ImportCorpus/" + Path.GetFileName(text.SeedPath);
        var source = "";
        try
        {
            var seed = SeedReader.Read(text.SeedPath, display, Config.Import.MaxSeedMegabytes, Config.Import);
            source = File.Exists(text.ReferencePath) ? File.ReadAllText(text.ReferencePath) : seed.Text;
            return new CorpusImport(text, source, new SeedParser(Config).Parse(seed, new SeedOverrides()), null);
        }
        catch (SiteException ex)
        {
            return new CorpusImport(text, source, null, ex.Diagnostic.ToString());
        }
#pragma warning disable CA1031 // a crash on one text is a measured failure, not the end of the run
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new CorpusImport(text, source, null, $"{display}: crash: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static List<CorpusText> Discover() =>
        [.. Directory.EnumerateFiles(Folder)
            .Where(path => SeedReader.IsSeed(path) && !path.EndsWith(".reference.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                return new CorpusText(name, path, Path.Combine(Folder, name + ".facts.json"), Path.Combine(Folder, name + ".expected.md"));
            })];


    private static SiteConfig WithPersian(SiteConfig config) =>
        config.HasLanguage("fa")
            ? config
            : config with
            {
                Languages =
                [
                    .. config.Languages,
                    new LanguageConfig { Code = "fa", Name = "فارسی", Direction = "rtl", Script = ScriptDetector.Arabic, Culture = "fa-IR" },
                ],
            };
}
