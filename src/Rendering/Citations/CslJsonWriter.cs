using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BriefingSite.Rendering.Citations;

/// <summary>A briefing as CSL-JSON (what Zotero, Pandoc and citeproc read): an array of one item, Arabic unescaped.</summary>
public static class CslJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(CitationRecord record)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", BibTexWriter.Key(record));
            json.WriteString("type", record.Kind == CitationKind.Article ? "article-journal" : "report");
            json.WriteString("title", record.Title);
            json.WriteStartArray("author");
            foreach (var author in record.Authors)
            {
                json.WriteStartObject();
                if (author.Literal)
                {
                    json.WriteString("literal", author.Whole);
                }
                else
                {
                    json.WriteString("family", author.Family);
                    json.WriteString("given", author.Given);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (record.Year is int year)
            {
                json.WriteStartObject("issued");
                json.WriteStartArray("date-parts");
                json.WriteStartArray();
                json.WriteNumberValue(year);
                if (record.Date is { } date)
                {
                    json.WriteNumberValue(date.Month);
                    json.WriteNumberValue(date.Day);
                }

                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            Write(json, "container-title", record.Publication);
            Write(json, "issue", record.Kind == CitationKind.Article ? record.Issue : null);
            Write(json, "number", record.Kind == CitationKind.Report ? record.ReportNumber : null);
            Write(json, "publisher", record.Publisher);
            json.WriteString("URL", record.Url);
            json.WriteString("language", record.Language);
            Write(json, "DOI", record.Doi);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Write(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
