using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingSite.Diagnostics;
using BriefingSite.Import;

namespace BriefingSite.Cli;

/// <summary>
/// <c>briefing import --report json</c>: per seed what was found and done, and every error, as
/// one JSON document on standard output, for review and for tests.
/// </summary>
public static partial class ImportJsonReport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IReadOnlyList<ImportOutcome> outcomes, IReadOnlyList<Diagnostic> diagnostics, TextWriter stdout)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("seeds");
            foreach (var outcome in outcomes)
            {
                WriteSeed(json, outcome);
            }

            json.WriteEndArray();
            json.WriteStartArray("errors");
            foreach (var error in diagnostics.Where(d => d.Severity == Severity.Error))
            {
                WriteDiagnostic(json, error);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteSeed(Utf8JsonWriter json, ImportOutcome outcome)
    {
        var r = outcome.Report;
        json.WriteStartObject();
        json.WriteString("file", r.Seed);
        json.WriteString("output", outcome.OutputFile);
        json.WriteString("action", outcome.Action.ToString());
        json.WriteString("title", r.Title);
        json.WriteString("language", r.Language);
        json.WriteString("slug", r.Slug);
        json.WriteString("extractor", r.Extractor);
        Strings(json, "left_out", r.LeftOut);
        Strings(json, "authors", r.Authors);
        json.WriteString("date", r.Date);
        json.WriteString("publisher", r.Publisher);
        json.WriteString("report_number", r.ReportNumber);
        json.WriteNumber("headings", r.Headings);
        json.WriteNumber("paragraphs", r.Paragraphs);
        json.WriteNumber("notes", r.Footnotes);
        json.WriteNumber("tables", r.Tables);
        json.WriteNumber("images", r.Images);
        Strings(json, "topics", r.Topics);
        json.WriteStartArray("removed");
        foreach (var removed in r.Removed)
        {
            json.WriteStartObject();
            json.WriteString("text", removed);
            var line = LineOf().Match(removed);
            if (line.Success)
            {
                json.WriteNumber("line", int.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("warnings");
        foreach (var warning in r.Warnings)
        {
            WriteDiagnostic(json, warning);
        }

        json.WriteEndArray();
        json.WriteStartArray("proposed_pairs");
        foreach (var pair in r.ProposedPairs)
        {
            json.WriteStartObject();
            json.WriteString("seed", pair.Seed);
            json.WriteString("translation_key", pair.TranslationKey);
            Strings(json, "evidence", pair.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("file", diagnostic.File);
        json.WriteNumber("line", diagnostic.Line);
        json.WriteNumber("column", diagnostic.Column);
        json.WriteString("message", diagnostic.Message);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    [GeneratedRegex(@"\(lines? (\d+)")]
    private static partial Regex LineOf();
}
