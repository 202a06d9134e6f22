using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Content.Translations;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// For seeds confirmed as translations of each other (the same <c>translation_key</c> in
/// <c>seeds.yml</c>), decides which is the original and gives the others a <c>translation_of</c>
/// record of it: the original's language, the fingerprint of its file in <c>input/</c> and the day.
/// </summary>
public sealed class TranslationRecorder(SitePaths paths, TimeProvider clock)
{
    /// <summary>
    /// For each translation seed, its original's seed name. The original is the seed in the language
    /// that <c>translation_of</c> in seeds.yml names; else the only seed of the key without a
    /// detected translator; else the seed in the earliest language of site.yml.
    /// </summary>
    public static Dictionary<string, string> Originals(IReadOnlyList<(string SeedName, ParsedSeed Seed)> seeds, SeedManifest manifest, SiteConfig config, string manifestFile, DiagnosticBag diagnostics)
    {
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = config.Languages.Select(l => l.Code).ToList();
        foreach (var group in seeds.Where(s => s.Seed.Meta.TranslationKey is not null).GroupBy(s => s.Seed.Meta.TranslationKey!, StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (members.Select(m => m.Seed.Meta.Lang).Distinct().Count() < 2)
            {
                continue;
            }

            var stated = members.Select(m => manifest.For(m.SeedName).TranslationOf).OfType<string>().Distinct().ToList();
            var untranslated = members.Where(m => m.Seed.Meta.Translator is null).ToList();
            var language = stated.Count switch
            {
                1 => stated[0],
                0 when untranslated.Count == 1 => untranslated[0].Seed.Meta.Lang,
                0 => members.Select(m => m.Seed.Meta.Lang).OrderBy(order.IndexOf).First(),
                _ => null,
            };
            var original = members.FirstOrDefault(m => m.Seed.Meta.Lang == language);
            if (original.SeedName is null)
            {
                diagnostics.Error(manifestFile, $"translation_key '{group.Key}': translation_of must name the language of one of its seeds ({string.Join(", ", members.Select(m => $"{m.SeedName}: {m.Seed.Meta.Lang}"))}), and the same one for all");
                continue;
            }

            foreach (var member in members.Where(m => m.Seed.Meta.Lang != language))
            {
                originals[member.SeedName] = original.SeedName;
            }
        }

        return originals;
    }

    /// <summary>
    /// The translation's front-matter with its record. While the translation's seed is unchanged the
    /// record in its file stands (a revised original must not confirm it again); a new or changed
    /// seed is recorded against the original's file as it is now. Null record when that file is missing.
    /// </summary>
    public FrontMatter WithRecord(FrontMatter meta, string target, ImportRecord? previous, string originalLanguage, string originalTarget)
    {
        if (previous is not null && previous.SeedSha256 == meta.Source?.Sha256 && RecordIn(target) is { } kept && kept.Language == originalLanguage)
        {
            return meta with { TranslationOf = kept };
        }

        if (!File.Exists(originalTarget))
        {
            return meta;
        }

        var original = MarkdownFile.Parse(Utf8File.Read(originalTarget, paths.Display(originalTarget)), paths.Display(originalTarget));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return meta with
        {
            TranslationOf = new TranslationRecord
            {
                Language = originalLanguage,
                Sha256 = TextFingerprint.Of(original.Meta.Title, original.Body),
                Confirmed = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
        };
    }

    private TranslationRecord? RecordIn(string target)
    {
        try
        {
            return File.Exists(target) ? MarkdownFile.Parse(Utf8File.Read(target, paths.Display(target)), paths.Display(target)).Meta.TranslationOf : null;
        }
        catch (SiteException)
        {
            // A file broken by hand is kept anyway (a hand edit); its record is made again.
            return null;
        }
    }
}
