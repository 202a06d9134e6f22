using BriefingSite.Config;
using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>The kinds of output page; each has one template in <c>theme/layouts/</c>.</summary>
public enum RouteKind
{
    Root,
    Home,
    BriefingIndex,
    TopicIndex,
    Topic,
    Briefing,
    Page,
    Search,
    NotFound,

    /// <summary>A translated briefing and its translation side by side, sections aligned.</summary>
    SideBySide,
}

/// <summary>
/// One output page: where it goes, what kind it is, and what it shows. A page of a listing
/// (the briefing index, a topic) also names its <see cref="Listing"/> and its 1-based
/// <see cref="PageNumber"/> in it. Its <see cref="Language"/> is the resolved language, so a
/// renderer never looks it up again by code.
/// </summary>
public sealed record Route(string OutputPath, RouteKind Kind, LanguageConfig Language, Page? Page = null, TopicConfig? Topic = null, Listing? Listing = null, int PageNumber = 1);
