using BriefingSite.Content;
using BriefingSite.Content.Translations;

namespace BriefingSite.Cli.Translations;

/// <summary>
/// The rows of <c>briefing translations</c>: per translation key, which languages have the page,
/// which lack it, and which translations are stale (their original changed after they were
/// confirmed) and since when. A briefing without a key is a row of its own: every other language lacks it.
/// </summary>
public static class TranslationTable
{
    public static IReadOnlyList<TranslationRow> Build(Site site, Func<Page, string?> changedOn)
    {
        var keyed = site.Pages.Where(p => p.Meta.TranslationKey is not null)
            .GroupBy(p => p.Meta.TranslationKey!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(site, g.Key, [.. g], changedOn));
        var alone = site.Pages.Where(p => p.Meta.TranslationKey is null && p.Kind == PageKind.Briefing)
            .Select(p => Row(site, null, [p], changedOn));
        return [.. keyed, .. alone];
    }

    private static TranslationRow Row(Site site, string? key, List<Page> pages, Func<Page, string?> changedOn)
    {
        var originals = pages.Select(p => p.Meta.TranslationOf?.Language).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var cells = site.Languages.Select(language =>
        {
            var page = pages.FirstOrDefault(p => p.Language == language);
            if (page is null)
            {
                return new TranslationCell(language.Code, "missing");
            }

            if (TranslationState.Of(site, page) is not { } state)
            {
                return new TranslationCell(language.Code, originals.Contains(page.Language.Code) ? "original" : "present", page.SourcePath);
            }

            var confirmed = page.Meta.TranslationOf!.Confirmed;
            return state.Stale
                ? new TranslationCell(language.Code, "stale", page.SourcePath, state.Original.SourcePath, confirmed, changedOn(state.Original))
                : new TranslationCell(language.Code, "current", page.SourcePath, state.Original.SourcePath, confirmed);
        });
        return new TranslationRow(key, [.. cells]);
    }
}
