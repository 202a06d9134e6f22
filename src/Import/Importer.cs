using System.Text;
using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// Converts every seed in <c>seeds/</c> into <c>input/&lt;lang&gt;/briefings/&lt;slug&gt;.md</c>, with the
/// images of a web page or Word file in <c>input/&lt;lang&gt;/briefings/&lt;slug&gt;/</c>.
/// Safe to re-run: unchanged output is not rewritten and hand-edited files are kept unless forced.
/// </summary>
public sealed class Importer(SitePaths paths, SiteConfig config, TimeProvider? clock = null)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Imports every seed.</summary>
    /// <param name="force">Regenerate files even where they were edited by hand.</param>
    /// <param name="diagnostics">Where errors and warnings go.</param>
    /// <param name="warnUnchanged">
    /// Report a seed's text warnings even when its file did not change. <c>briefing import</c>
    /// always does; a build only warns about what it (re)generated, so a <c>--strict</c> build of
    /// committed, already reviewed input is not failed by known quirks of a seed's text.
    /// </param>
    public IReadOnlyList<ImportOutcome> Run(bool force, DiagnosticBag diagnostics, bool warnUnchanged = true)
    {
        if (!Directory.Exists(paths.Seeds))
        {
            return [];
        }

        var manifest = SeedManifest.Load(paths, config);
        var state = ImportState.Load(paths);
        var parser = new SeedParser(config);
        var parsed = new List<(string SeedName, ParsedSeed Seed)>();

        // Each seed imports or fails on its own: a bad seed is an error naming it, the others are written.
        foreach (var path in Directory.EnumerateFiles(paths.Seeds).Where(SeedReader.IsSeed).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            try
            {
                PathBoundary.RequireInsideSite(path, paths, paths.Display(path));
                parsed.Add((name, parser.Parse(SeedReader.Read(path, paths.Display(path), config.Import.MaxSeedMegabytes, config.Import), manifest.For(name))));
            }
            catch (SiteException ex)
            {
                diagnostics.Add(ex.Diagnostic);
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or IOException or UnauthorizedAccessException))
            {
                // A rule that breaks on one unusual text must not stop the others.
                diagnostics.Error(paths.Display(path), $"this seed could not be imported ({ex.Message}); the other seeds were; please report it with the seed");
            }
        }

        var pairs = TranslationPairFinder.Propose(parsed);
        parsed = [.. parsed.Select(p => pairs.TryGetValue(p.SeedName, out var proposed) ? (p.SeedName, p.Seed with { Report = p.Seed.Report with { ProposedPairs = proposed } }) : p)];
        var clashing = CheckSlugClashes(parsed, diagnostics);
        var writable = parsed.Where(p => !clashing.Contains(p.SeedName)).ToList();
        var originals = TranslationRecorder.Originals(writable, manifest, config, paths.Display(Path.Combine(paths.Seeds, SeedManifest.FileName)), diagnostics);
        var recorder = new TranslationRecorder(paths, clock ?? TimeProvider.System);
        var outcomes = new ImportOutcome[writable.Count];

        // Originals first: a translation records the fingerprint of its original's file as written.
        foreach (var i in Enumerable.Range(0, writable.Count).OrderBy(i => originals.ContainsKey(writable[i].SeedName)))
        {
            var (name, seed) = writable[i];
            if (originals.TryGetValue(name, out var originalName))
            {
                var original = writable.First(p => p.SeedName == originalName).Seed;
                state.Seeds.TryGetValue(name, out var previous);
                seed = seed with { Meta = recorder.WithRecord(seed.Meta, TargetOf(seedName: name, seed), previous, original.Meta.Lang, TargetOf(originalName, original)) };
            }

            outcomes[i] = Write(name, seed, state, force, diagnostics);
        }

        foreach (var outcome in outcomes.Where(o => warnUnchanged || o.Action is ImportAction.Created or ImportAction.Updated))
        {
            foreach (var warning in outcome.Report.Warnings)
            {
                diagnostics.Add(warning);
            }
        }

        state.Save(paths);
        return outcomes;
    }

    /// <summary>The seed's file under <c>input/</c>; language and slug were checked where seeds.yml was read, this is the last line of defence.</summary>
    private string TargetOf(string seedName, ParsedSeed seed) =>
        PathBoundary.Resolve(paths.Input, RelativeTarget(seed), paths.Display(Path.Combine(paths.Seeds, seedName)), "the file for this seed");

    private static string RelativeTarget(ParsedSeed seed) => $"{seed.Meta.Lang}/briefings/{seed.Meta.Slug}.md";

    private ImportOutcome Write(string seedName, ParsedSeed seed, ImportState state, bool force, DiagnosticBag diagnostics)
    {
        var relative = RelativeTarget(seed);
        var target = TargetOf(seedName, seed);
        var text = FrontMatterWriter.Write(seed.Meta, seed.Body);
        state.Seeds.TryGetValue(seedName, out var previous);
        var action = Decide(target, text, previous, force);

        if (action == ImportAction.KeptHandEdit)
        {
            if (previous is not null && previous.SeedSha256 != seed.Meta.Source!.Sha256)
            {
                diagnostics.Warning(paths.Display(target), $"seed {seedName} has changed, but this file was edited by hand and was kept; re-run with --force to regenerate it");
            }

            return new ImportOutcome(seed.Report, paths.Display(target), action);
        }

        if (action != ImportAction.Unchanged)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text, Utf8);
            RemoveRenamedOutput(seedName, previous, relative);
        }

        WriteImages(seedName, seed, replace: action is ImportAction.Created or ImportAction.Updated);

        state.Seeds[seedName] = new ImportRecord { Output = relative, SeedSha256 = seed.Meta.Source!.Sha256, GeneratedSha256 = ImportState.Hash(text) };
        return new ImportOutcome(seed.Report, paths.Display(target), action);
    }

    /// <summary>
    /// The images the Markdown shows, into the folder beside it (<c>&lt;slug&gt;/figure-1.png</c>).
    /// When the Markdown was not rewritten only missing images are written: an image a maintainer
    /// replaced by hand is kept, as the hand-edited text is.
    /// </summary>
    private void WriteImages(string seedName, ParsedSeed seed, bool replace)
    {
        foreach (var image in seed.Images)
        {
            var target = PathBoundary.Resolve(paths.Input, $"{seed.Meta.Lang}/briefings/{image.Path}", paths.Display(Path.Combine(paths.Seeds, seedName)), "an image of this seed");
            if (File.Exists(target) && (!replace || File.ReadAllBytes(target).AsSpan().SequenceEqual(image.Image.Bytes)))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, image.Image.Bytes);
        }
    }

    private static ImportAction Decide(string target, string text, ImportRecord? previous, bool force)
    {
        if (!File.Exists(target))
        {
            return ImportAction.Created;
        }

        var existing = File.ReadAllText(target);
        if (existing == text)
        {
            return ImportAction.Unchanged;
        }

        var generatedByUs = previous is not null && ImportState.Hash(existing) == previous.GeneratedSha256;
        return force || generatedByUs ? ImportAction.Updated : ImportAction.KeptHandEdit;
    }

    /// <summary>When a seed's slug or language changed, its old untouched file goes, so no stale page is built.</summary>
    private void RemoveRenamedOutput(string seedName, ImportRecord? previous, string relative)
    {
        if (previous is null || previous.Output == relative)
        {
            return;
        }

        var old = ImportState.PathOf(paths, seedName, previous);
        if (File.Exists(old) && ImportState.Hash(File.ReadAllText(old)) == previous.GeneratedSha256)
        {
            File.Delete(old);
        }
    }

    /// <summary>Seeds that would overwrite each other's file are errors; none of them is written.</summary>
    private HashSet<string> CheckSlugClashes(List<(string SeedName, ParsedSeed Seed)> parsed, DiagnosticBag diagnostics)
    {
        var clashing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clash in parsed.GroupBy(p => (p.Seed.Meta.Lang, p.Seed.Meta.Slug)).Where(g => g.Count() > 1))
        {
            var names = string.Join(" and ", clash.Select(c => c.SeedName));
            diagnostics.Error(paths.Display(paths.Seeds), $"seeds {names} would both become '{clash.Key.Lang}/briefings/{clash.Key.Slug}.md'; set a different 'slug' for one in seeds/seeds.yml");
            clashing.UnionWith(clash.Select(c => c.SeedName));
        }

        return clashing;
    }
}
