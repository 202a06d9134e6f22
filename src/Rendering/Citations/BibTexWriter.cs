using System.Globalization;
using System.Text;

namespace BriefingSite.Rendering.Citations;

/// <summary>
/// A briefing as one BibTeX entry. Values are brace-delimited and UTF-8 (biber and modern
/// BibTeX read it); TeX's special characters are escaped, and names kept whole are braced
/// so BibTeX does not split them.
/// </summary>
public static class BibTexWriter
{
    public static string Write(CitationRecord record)
    {
        var entry = record.Kind switch
        {
            CitationKind.Article => "article",
            CitationKind.Report => "techreport",
            _ => "misc",
        };
        var fields = new List<(string Name, string Value)>
        {
            // Double braces keep the title's capitals as written.
            ("title", "{" + Escape(record.Title) + "}"),
        };
        if (record.Authors.Count > 0)
        {
            fields.Add(("author", string.Join(" and ", record.Authors.Select(Name))));
        }

        Add(fields, record.Kind == CitationKind.Article ? "journal" : "series", record.Publication);
        Add(fields, "number", record.Kind == CitationKind.Article ? record.Issue : record.ReportNumber);
        Add(fields, record.Kind == CitationKind.Report ? "institution" : "publisher", record.Publisher);
        Add(fields, "year", record.Year?.ToString(CultureInfo.InvariantCulture));
        Add(fields, "month", record.Date?.Month.ToString(CultureInfo.InvariantCulture));
        Add(fields, "date", IsoDate(record));
        Add(fields, "url", record.Url);
        Add(fields, "doi", record.Doi);
        Add(fields, "language", record.Language);

        var text = new StringBuilder();
        text.Append('@').Append(entry).Append('{').Append(Key(record)).Append(",\n");
        foreach (var (name, value) in fields)
        {
            text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary><c>&lt;firstauthorsurname&gt;&lt;year&gt;&lt;firstword&gt;</c> in ASCII; the slug stands in for a surname or title word not in Latin letters.</summary>
    public static string Key(CitationRecord record)
    {
        var slugWords = record.Slug.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var surname = Ascii(record.Authors.Count > 0 ? record.Authors[0].Family ?? "" : "");
        var titleWord = record.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Ascii).FirstOrDefault(w => w.Length > 0) ?? "";
        if (surname.Length == 0)
        {
            surname = slugWords.FirstOrDefault() ?? "briefing";
            titleWord = slugWords.Skip(1).FirstOrDefault() ?? "";
        }
        else if (titleWord.Length == 0)
        {
            titleWord = slugWords.FirstOrDefault() ?? "";
        }

        return Ascii(surname) + record.Year?.ToString(CultureInfo.InvariantCulture) + Ascii(titleWord);
    }

    /// <summary>Escapes what TeX reads as markup; everything else, Arabic included, stays as written.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.ReplaceLineEndings(" "))
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '%' or '&' or '#' or '_' or '$' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    private static string Name(CitationName name) =>
        name.Literal ? "{" + Escape(name.Whole) + "}" : Escape(name.Inverted);

    private static void Add(List<(string, string)> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add((name, Escape(value)));
        }
    }

    private static string? IsoDate(CitationRecord record) =>
        record.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Ascii(string word) =>
        new([.. word.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z')]);
}
