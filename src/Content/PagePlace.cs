namespace BriefingSite.Content;

/// <summary>
/// Where a page stands in its site: everything that decides where it is listed, in what order and
/// next to what (its paths, kind, language, date, translation key and topics). An edit that keeps
/// these leaves every list of the site in the same order, so an update need not sort or group again.
/// </summary>
public static class PagePlace
{
    public static bool Same(Page a, Page b) =>
        a.SourcePath == b.SourcePath
        && a.OutputPath == b.OutputPath
        && a.Kind == b.Kind
        && a.Language.Code == b.Language.Code
        && a.Slug == b.Slug
        && a.SortDate == b.SortDate
        && a.Meta.TranslationKey == b.Meta.TranslationKey
        && a.Meta.Topics.SequenceEqual(b.Meta.Topics, StringComparer.Ordinal);
}
