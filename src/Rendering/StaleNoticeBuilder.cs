using BriefingSite.Content;
using BriefingSite.Content.Translations;

namespace BriefingSite.Rendering;

/// <summary>
/// Tells the reader of a translated page, in the page's language, that its original was revised
/// after the day the translation was confirmed (see <see cref="TranslationState"/>), and links to it.
/// </summary>
public sealed class StaleNoticeBuilder(Site site, IReadOnlyDictionary<string, Localiser> localisers)
{
    public StaleTranslationNotice? Build(Route route, ShownPages shown)
    {
        if (route.Kind is not (RouteKind.Briefing or RouteKind.Page) || TranslationState.Of(site, route.Page!) is not { } state)
        {
            return null;
        }

        // The notice depends on the original's text: serve re-renders this page when it is edited.
        shown.Add(state.Original);
        if (!state.Stale)
        {
            return null;
        }

        var local = localisers[route.Language.Code];
        var text = local.Text("stale_translation")
            .Replace("{language}", local.NameOf(state.Original.Language), StringComparison.Ordinal)
            .Replace("{date}", Numerals.Localise(DateFormatter.FormatDay(state.Confirmed, local.Language), local.Language), StringComparison.Ordinal);
        var link = new LinkView(local.Text("stale_translation_link"), SiteUrls.Relative(route.OutputPath, state.Original.OutputPath), Lang: state.Original.Language.Code);
        return new StaleTranslationNotice(text, link);
    }
}
