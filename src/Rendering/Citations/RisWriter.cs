using System.Globalization;
using System.Text;

namespace BriefingSite.Rendering.Citations;

/// <summary>A briefing as one RIS record: <c>TY</c> first, one tag per line (CR LF, as the format specifies), <c>ER</c> last.</summary>
public static class RisWriter
{
    public static string Write(CitationRecord record)
    {
        var text = new StringBuilder();
        Line(text, "TY", record.Kind == CitationKind.Article ? "JOUR" : "RPRT");
        Line(text, "TI", record.Title);
        foreach (var author in record.Authors)
        {
            Line(text, "AU", author.Inverted);
        }

        Line(text, "PY", record.Year?.ToString(CultureInfo.InvariantCulture));
        Line(text, "DA", record.Date?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Line(text, "T2", record.Publication);
        Line(text, "IS", record.Kind == CitationKind.Article ? record.Issue : null);
        // RIS has no tag of its own for a report number; Zotero and EndNote read it from SN in RPRT records.
        Line(text, "SN", record.Kind == CitationKind.Report ? record.ReportNumber : null);
        Line(text, "PB", record.Publisher);
        Line(text, "LA", record.Language);
        Line(text, "UR", record.Url);
        Line(text, "DO", record.Doi);
        return text.Append("ER  - \r\n").ToString();
    }

    private static void Line(StringBuilder text, string tag, string? value)
    {
        if (value is not null)
        {
            text.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");
        }
    }
}
