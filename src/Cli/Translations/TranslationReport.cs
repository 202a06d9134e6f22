using System.Text.Encodings.Web;
using System.Text.Json;

namespace BriefingSite.Cli.Translations;

/// <summary>Prints the rows of <see cref="TranslationTable"/>: a table for people, or one JSON document for scripts.</summary>
public static class TranslationReport
{
    public static void WriteText(IReadOnlyList<TranslationRow> rows, IReadOnlyList<string> languages, TextWriter output)
    {
        var labels = rows.Select(r => r.Key ?? $"(no key) {r.Cells.First(c => c.File is not null).File}").ToList();
        var width = Math.Max(3, labels.DefaultIfEmpty("").Max(l => l.Length));
        output.WriteLine(string.Join("  ", new[] { "key".PadRight(width) }.Concat(languages.Select(l => l.PadRight(10)))).TrimEnd());
        for (var i = 0; i < rows.Count; i++)
        {
            output.WriteLine(string.Join("  ", new[] { labels[i].PadRight(width) }.Concat(rows[i].Cells.Select(c => c.Status.PadRight(10)))).TrimEnd());
        }

        var stale = rows.SelectMany(r => r.Stale).ToList();
        if (stale.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Stale (the original changed after the translation was confirmed):");
            foreach (var cell in stale)
            {
                output.WriteLine($"  {cell.File}: original {cell.OriginalFile} changed {cell.OriginalChanged}, translation confirmed {cell.Confirmed}");
            }
        }

        var missing = rows.Sum(r => r.Missing.Count());
        output.WriteLine();
        output.WriteLine($"{rows.Count} key(s): {stale.Count} stale translation(s), {missing} missing. Re-confirm an updated translation with 'briefing translations confirm <file>'.");
    }

    public static void WriteJson(IReadOnlyList<TranslationRow> rows, IReadOnlyList<string> languages, TextWriter output)
    {
        var document = new
        {
            languages,
            keys = rows.Select(r => new
            {
                key = r.Key,
                pages = r.Cells.Where(c => c.File is not null).Select(c => new
                {
                    language = c.Language,
                    status = c.Status,
                    file = c.File,
                    original = c.OriginalFile,
                    confirmed = c.Confirmed,
                    original_changed = c.OriginalChanged,
                }),
                missing = r.Missing.Select(c => c.Language),
                stale = r.Stale.Select(c => c.Language),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, Options));
    }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
