using System.Globalization;
using System.Text;
using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Content.Translations;
using BriefingSite.Diagnostics;
using BriefingSite.Import;

namespace BriefingSite.Cli.Translations;

/// <summary>
/// <c>briefing translations confirm &lt;file&gt;</c>: records in a translation's front-matter that it
/// matches its original as the original is now (<c>translation_of</c>), editing only that block.
/// </summary>
public sealed class TranslationConfirmer(SitePaths paths, TimeProvider clock)
{
    private const string Key = "translation_of:";

    /// <param name="from">The original's language; needed only when the key has pages in several other languages and no record says which.</param>
    /// <returns>The record written.</returns>
    public TranslationRecord Confirm(Site site, string path, string? from)
    {
        var file = paths.Display(path);
        var page = site.Pages.FirstOrDefault(p => p.SourcePath == file)
            ?? throw new SiteException(file, "not a page of this site's input/ (or a draft); give the path of a translation's Markdown file");
        if (page.Meta.TranslationKey is null)
        {
            throw new SiteException(file, "this page has no translation_key: give it the key of its original first");
        }

        var others = site.Languages.Where(l => l != page.Language && site.TranslationOf(page, l) is not null).Select(l => l.Code).ToList();
        var language = from ?? page.Meta.TranslationOf?.Language ?? (others.Count == 1 ? others[0] : null)
            ?? throw new SiteException(file, others.Count == 0
                ? $"no page in another language has translation_key '{page.Meta.TranslationKey}'"
                : $"pages in {string.Join(", ", others)} share translation_key '{page.Meta.TranslationKey}'; say which is the original with --from");
        var original = (site.Languages.FirstOrDefault(l => l.Code == language) is { } named ? site.TranslationOf(page, named) : null)
            ?? throw new SiteException(file, $"no '{language}' page has translation_key '{page.Meta.TranslationKey}'");
        var record = new TranslationRecord
        {
            Language = language,
            Sha256 = TextFingerprint.Of(original),
            Confirmed = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var before = Utf8File.Read(path, file);
        var after = WithRecord(before, record, file);
        File.WriteAllText(path, after, new UTF8Encoding(false));
        KeepImportOwnership(path, before, after);
        return record;
    }

    /// <summary>The file's text with its <c>translation_of</c> block replaced (or added after <c>translation_key</c>).</summary>
    public static string WithRecord(string text, TranslationRecord record, string file)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').ToList();
        var close = lines.FindIndex(1, l => l == "---");
        if (lines.Count == 0 || lines[0].TrimStart('\uFEFF') != "---" || close < 0)
        {
            throw new SiteException(file, "missing front-matter: the file must start with '---', then YAML, then '---'", 1, 1);
        }

        var start = lines.FindIndex(1, close - 1, l => l.StartsWith(Key, StringComparison.Ordinal));
        if (start >= 0)
        {
            var end = start + 1;
            while (end < close && lines[end].Length > 0 && char.IsWhiteSpace(lines[end][0]))
            {
                end++;
            }

            lines.RemoveRange(start, end - start);
            close -= end - start;
        }
        else
        {
            var key = lines.FindIndex(1, close - 1, l => l.StartsWith("translation_key:", StringComparison.Ordinal));
            start = key >= 0 ? key + 1 : close;
        }

        lines.InsertRange(start, [Key, $"  language: {record.Language}", $"  sha256: {record.Sha256}", $"  confirmed: {record.Confirmed}"]);
        return string.Join('\n', lines);
    }

    /// <summary>A file the importer generated stays its own: the import state learns the new text, so re-importing does not take it for a hand edit.</summary>
    private void KeepImportOwnership(string path, string before, string after)
    {
        var state = ImportState.Load(paths);
        var relative = Path.GetRelativePath(paths.Input, path).Replace('\\', '/');
        var seed = state.Seeds.FirstOrDefault(s => s.Value.Output == relative && s.Value.GeneratedSha256 == ImportState.Hash(before));
        if (seed.Key is not null)
        {
            state.Seeds[seed.Key] = seed.Value with { GeneratedSha256 = ImportState.Hash(after) };
            state.Save(paths);
        }
    }
}
