namespace BriefingSite.Import;

/// <summary>
/// What a document format declares about itself, beside its text: a PDF's document information,
/// an HTML page's <c>&lt;meta&gt;</c> tags and JSON-LD, a Word file's core properties. The
/// importer uses each only where the text itself does not say it (a byline beats an author
/// property), since declared properties are often left at a template's defaults.
/// </summary>
public sealed record DocumentProperties
{
    public static readonly DocumentProperties None = new();

    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Date { get; init; }

    public string? Publisher { get; init; }

    /// <summary>The report's number as the document declares it (a PDF title "GAO-07-283 Crude Oil: …").</summary>
    public string? ReportNumber { get; init; }

    /// <summary>A BCP 47 language tag as declared (<c>lang</c>, <c>og:locale</c>, <c>dc:language</c>); only its primary subtag is used.</summary>
    public string? Language { get; init; }

    public string? Summary { get; init; }

    /// <summary>The document's own address (canonical link, <c>og:url</c>), an http(s) URL.</summary>
    public string? Url { get; init; }

    /// <summary>The declared language's primary subtag in lower case (<c>ar-IQ</c> gives <c>ar</c>), or null.</summary>
    public string? LanguageCode =>
        Language?.Split('-', '_')[0].Trim().ToLowerInvariant() is { Length: > 0 } code ? code : null;
}
