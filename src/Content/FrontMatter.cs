namespace BriefingSite.Content;

/// <summary>
/// The YAML block at the top of an <c>input/</c> Markdown file. Keys are snake_case;
/// a key not listed here is an error, so typos never pass silently.
/// </summary>
public sealed record FrontMatter
{
    public string Title { get; init; } = "";

    /// <summary>Language code from <c>site.yml</c>; decides <c>lang</c> and <c>dir</c>.</summary>
    public string Lang { get; init; } = "";

    /// <summary><c>briefing</c> (default) or <c>page</c> (about and other fixed pages).</summary>
    public string Kind { get; init; } = "briefing";

    /// <summary>ASCII file name of the page; defaults to the Markdown file's name.</summary>
    public string? Slug { get; init; }

    /// <summary>Pages in different languages with the same key are translations of each other.</summary>
    public string? TranslationKey { get; init; }

    /// <summary>What this translation was made from: the original's language, fingerprint and the day it was confirmed.</summary>
    public Translations.TranslationRecord? TranslationOf { get; init; }

    /// <summary>Full publication date, ISO <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; init; }

    /// <summary>Year alone, when the source gives no day.</summary>
    public int? Year { get; init; }

    /// <summary>Season as the source gives it ("Winter 2004").</summary>
    public string? Season { get; init; }

    public List<string> Authors { get; init; } = [];

    /// <summary>The author's affiliation or note (the Arabic seed's <c>*</c> note).</summary>
    public string? AuthorNote { get; init; }

    public string? Translator { get; init; }

    /// <summary>The language the text was translated from, as the credit names it ("French").</summary>
    public string? TranslatedFrom { get; init; }

    public string? Publisher { get; init; }

    /// <summary>The publisher's name in the other script, when the source gives both.</summary>
    public string? PublisherAlt { get; init; }

    public string? PublisherUrl { get; init; }

    public string? PublisherEmail { get; init; }

    /// <summary>Series or periodical ("Middle East Report").</summary>
    public string? Publication { get; init; }

    public string? Issue { get; init; }

    /// <summary>The publisher's report or series number (<c>GAO-06-1046</c>), shown in the citation.</summary>
    public string? ReportNumber { get; init; }

    /// <summary>The briefing's DOI (<c>10.1234/abc</c>), given in every citation format and the page head.</summary>
    public string? Doi { get; init; }

    public string? Copyright { get; init; }

    /// <summary>The source's own "how to cite" text.</summary>
    public string? Citation { get; init; }

    /// <summary>The publisher's "about" text from the cover.</summary>
    public string? AboutPublisher { get; init; }

    public string? Disclaimer { get; init; }

    /// <summary>Short abstract in the page's own language.</summary>
    public string? Summary { get; init; }

    /// <summary>Abstracts in other languages, keyed by language code, for listings in those languages.</summary>
    public Dictionary<string, string> Abstracts { get; init; } = [];

    public List<string> Topics { get; init; } = [];

    /// <summary>The seed this page was imported from.</summary>
    public SourceInfo? Source { get; init; }

    /// <summary>Drafts are skipped by the build.</summary>
    public bool Draft { get; init; }
}

/// <summary>Provenance of an imported page.</summary>
public sealed record SourceInfo
{
    public string File { get; init; } = "";

    public string Sha256 { get; init; } = "";
}
