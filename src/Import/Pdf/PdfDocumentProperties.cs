using System.Text.RegularExpressions;

namespace BriefingSite.Import.Pdf;

/// <summary>
/// Turns a PDF's document information (<see cref="PdfProperties"/>) into the
/// <see cref="DocumentProperties"/> the parser uses where the text is silent. The information
/// is filled in by tools as often as by people, so only what reads as meant is kept: a title
/// loses a leading report number ("GAO-07-283 Crude Oil: …" is titled "Crude Oil: …", the number
/// kept as the report number), and a file name, "Microsoft Word - …" or "untitled" is no title;
/// an author naming an institution ("U.S. Government Accountability Office, http://www.gao.gov")
/// is the publisher; the creation date is the publication date only for a PDF not printed from
/// a web browser (a browser's PDF is dated the day it was printed).
/// </summary>
public static partial class PdfDocumentProperties
{
    public static DocumentProperties From(PdfProperties pdf)
    {
        var (reportNumber, title) = SplitReportNumber(pdf.Title);
        var author = pdf.Author is { } named ? WithoutAddresses(named) : null;
        var institution = author is not null && MetadataLineReader.NamesInstitution(author);
        return new DocumentProperties
        {
            Title = title is not null && !IsJunkTitle(title) ? title : null,
            ReportNumber = reportNumber,
            Authors = author is null || institution ? [] : Authors(author),
            Publisher = institution ? author : null,
            Date = pdf.Created is { } created && !IsBrowserPrint(pdf) ? DateOnly.FromDateTime(created.Date) : null,
        };
    }

    /// <summary>A leading report number ("GAO-07-283", "GAO-06-1046,") and the title after it.</summary>
    private static (string? Number, string? Title) SplitReportNumber(string? title)
    {
        if (title is null)
        {
            return (null, null);
        }

        var match = LeadingReportNumber().Match(title);
        return match.Success ? (match.Groups["number"].Value, match.Groups["title"].Value.Trim()) : (null, title);
    }

    /// <summary>What a tool writes when nobody set a title: a file name, the editor's window title, a placeholder.</summary>
    private static bool IsJunkTitle(string title) =>
        FileName().IsMatch(title) || ToolTitle().IsMatch(title) || title.All(c => !char.IsLetter(c));

    private static bool IsBrowserPrint(PdfProperties pdf) =>
        $"{pdf.Creator} {pdf.Producer}" is var tools
        && (tools.Contains("Mozilla/", StringComparison.Ordinal) || tools.Contains("Chrome", StringComparison.Ordinal) || tools.Contains("Skia/PDF", StringComparison.Ordinal));

    private static string? WithoutAddresses(string author) =>
        Address().Replace(author, " ").Trim().TrimEnd(',', ';', '،').Trim() is { Length: > 0 } rest ? rest : null;

    private static List<string> Authors(string author) =>
        [.. AuthorSeparator().Split(author).Select(a => a.Trim()).Where(a => a.Length > 0)];

    // A report number opens with capitals, then two or more hyphenated parts with digits: GAO-07-283, GAO-08-587T (not COVID-19).
    [GeneratedRegex(@"^(?<number>[A-Z]{2,}[A-Z0-9/]*(?:-[A-Z0-9]*[0-9][A-Z0-9]*){2,})[,:;]?\s+(?<title>\S.*)$")]
    private static partial Regex LeadingReportNumber();

    [GeneratedRegex(@"(?:^|[\\/])[^\\/]*\.(?:docx?|pdf|rtf|odt|txt|html?|indd|qxd|pages|pptx?|xlsx?)$|^[A-Za-z]:\\|^/", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"^(?:Microsoft (?:Word|PowerPoint|Excel) - |untitled\b|title$|document\d*$|slide \d+$|powerpoint presentation$)", RegexOptions.IgnoreCase)]
    private static partial Regex ToolTitle();

    [GeneratedRegex(@"https?://\S+|www\.\S+|\S+@\S+\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"\s*(?:;|،|\band\b|&)\s*")]
    private static partial Regex AuthorSeparator();
}
