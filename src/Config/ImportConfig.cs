namespace BriefingSite.Config;

/// <summary>Importer settings that maintainers tune without recompiling.</summary>
public sealed record ImportConfig
{
    /// <summary>Page furniture (banners, share rows, page numbers, donation appeals) removed from seeds; see <see cref="BoilerplatePattern.Scope"/>.</summary>
    public List<BoilerplatePattern> Boilerplate { get; init; } = [];

    /// <summary>
    /// Lines that head a list of notes (<c>Notes</c>, <c>الهوامش</c>, a rule of underscores): regular
    /// expressions matched against the whole line, case-insensitively, a final colon ignored.
    /// </summary>
    public List<string> NoteHeadings { get; init; } = ["Notes", "Endnotes", "Footnotes", "References", "الهوامش", "الهوامش والمصادر", "المصادر", "الإحالات"];

    /// <summary>
    /// The heading a web page's or Word file's notes are written under for the note rules to read,
    /// by language code, <c>default</c> for any other language; each must match a <see cref="NoteHeadings"/> pattern.
    /// </summary>
    public Dictionary<string, string> NotesHeading { get; init; } = new(StringComparer.Ordinal) { [DefaultKey] = "Notes" };

    /// <summary>The key of <see cref="NotesHeading"/> for every language without an entry of its own.</summary>
    public const string DefaultKey = "default";

    /// <summary>The notes heading for <paramref name="language"/>.</summary>
    public string NotesHeadingFor(string language) =>
        NotesHeading.TryGetValue(language, out var heading) ? heading : NotesHeading[DefaultKey];

    /// <summary>Seeds larger than this are refused with a clear error, keeping import time and memory bounded.</summary>
    public int MaxSeedMegabytes { get; init; } = 10;

    /// <summary>
    /// How slugs are made from titles: <c>latin</c> (ASCII; Arabic and Persian transliterated so
    /// words keep their shape) or <c>native</c> (the title's own letters, for example Arabic).
    /// </summary>
    public string Slugs { get; init; } = LatinSlugs;

    public const string LatinSlugs = "latin";

    public const string NativeSlugs = "native";

    /// <summary>How many keyword hits make the importer propose a topic.</summary>
    public int TopicMinimumHits { get; init; } = 2;

    /// <summary>How dense the keyword hits must be (per thousand words) for a topic to be proposed.</summary>
    public double TopicMinimumPerThousandWords { get; init; }
}

/// <summary>A named regular expression for page furniture; what it matches is removed and reported.</summary>
public sealed record BoilerplatePattern
{
    /// <summary>The scopes a pattern may have: see <see cref="Scope"/>.</summary>
    public static readonly IReadOnlyList<string> Scopes = ["block", "line", "line-start", "page-number", "tail", "closing-page"];

    public string Name { get; init; } = "";

    public string Pattern { get; init; } = "";

    /// <summary>
    /// What the pattern is matched against: <c>block</c> (a whole paragraph, the default), <c>line</c>
    /// (any line), <c>line-start</c> (the start of a line it matches is cut, the rest of the line kept:
    /// an image's alt text glued to the paragraph after it), <c>page-number</c> (a line that no note claims as its number), <c>tail</c> (a
    /// line that starts a short run of furniture lasting to the end of the text) or <c>closing-page</c>
    /// (a line on the last page of a paged text that starts a publisher's back matter, removed to the end).
    /// </summary>
    public string Scope { get; init; } = "block";
}
