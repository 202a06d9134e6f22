using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Content.Translations;

/// <summary>
/// Warns, naming both files, about each translation whose original changed after it was
/// confirmed, and about a record whose original is gone. The warnings are advisory (a
/// <c>--strict</c> build passes) unless site.yml sets <c>stale_translations: strict</c>.
/// </summary>
public static class StaleTranslationWarnings
{
    public static void Report(Site site, SitePaths paths, DiagnosticBag diagnostics)
    {
        var advisory = site.Config.StaleTranslations != "strict";
        foreach (var page in site.Pages.Where(p => p.Meta.TranslationOf is not null))
        {
            var record = page.Meta.TranslationOf!;
            var state = TranslationState.Of(site, page);
            string? message = null;
            if (state is null)
            {
                message = $"translation_of names an original in '{record.Language}', but no '{record.Language}' page has translation_key '{page.Meta.TranslationKey}'; fix the key or remove the record";
            }
            else if (state.Stale)
            {
                message = $"translation is out of step: its original {state.Original.SourcePath} has changed since this translation was confirmed on {record.Confirmed}; "
                    + $"bring it up to date, then run 'briefing translations confirm {page.SourcePath}'";
            }

            if (message is not null)
            {
                diagnostics.Add(Diagnostic.Warning(page.SourcePath, message, LineOfRecord(paths, page)) with { Advisory = advisory });
            }
        }
    }

    /// <summary>The line of <c>translation_of</c> in the page's file; pages do not keep key lines, and only a warned page is read again.</summary>
    private static int LineOfRecord(SitePaths paths, Page page)
    {
        try
        {
            var path = Path.IsPathRooted(page.SourcePath) ? page.SourcePath : Path.Combine(paths.Root, page.SourcePath);
            return MarkdownFile.Parse(Utf8File.Read(path, page.SourcePath), page.SourcePath).LineOf("translation_of");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SiteException)
        {
            return 0;
        }
    }
}
