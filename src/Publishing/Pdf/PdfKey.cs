namespace BriefingSite.Publishing.Pdf;

/// <summary>
/// A PDF's cache key in two parts: the hash of what prints (<see cref="PrintedContent"/>), which
/// decides whether the PDF is printed again, and the hash of the whole page, which spares an
/// unchanged page the parse that finds its printed part. Each hash also covers the stylesheets,
/// footer and browser version. Lists written before the printed part existed hold the page hash
/// alone (<see cref="Printed"/> null), so their PDFs are kept while their pages stay the same.
/// </summary>
public sealed record PdfKey(string? Printed, string Page)
{
    /// <summary>The key of <paramref name="html"/>: the previous one when the page is unchanged, else one with its printed part hashed anew.</summary>
    /// <param name="hash">Hashes a page's text with the PDF's other inputs.</param>
    public static PdfKey Of(string html, PdfKey? previous, PrintedContent printed, Func<string, string> hash)
    {
        var page = hash(html);
        return previous?.Page == page && previous.Printed is not null ? previous : new PdfKey(hash(printed.Of(html)), page);
    }

    /// <summary>Whether a PDF made under <paramref name="previous"/> prints the same as one made now.</summary>
    public bool PrintsAs(PdfKey? previous) =>
        previous is not null && (previous.Page == Page || (previous.Printed is not null && previous.Printed == Printed));

    /// <summary>The key as the artifact list stores it; <see cref="Parse"/> reads it back.</summary>
    public override string ToString() => $"{Printed} {Page}";

    /// <summary>A stored key; null when there is none or it is of no known form (the PDF is then printed again).</summary>
    public static PdfKey? Parse(string? text) =>
        text?.Split(' ') switch
        {
            [var printed, var page] when printed.Length > 0 => new PdfKey(printed, page),
            [var page] => new PdfKey(null, page),
            _ => null,
        };
}
