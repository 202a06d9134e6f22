using System.Globalization;
using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Content.Translations;

/// <summary>Checks a page's <c>translation_of</c> record when the page loads: each error names the file and the line of the value.</summary>
public static class TranslationRecordRule
{
    public static void Check(FrontMatter meta, MarkdownFile parsed, string file, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (meta.TranslationOf is not { } record)
        {
            return;
        }

        if (meta.TranslationKey is null)
        {
            diagnostics.Error(file, "'translation_of' needs a 'translation_key': the original is the page in that language with the same key", parsed.LineOf("translation_of"));
        }

        if (!config.HasLanguage(record.Language) || record.Language == meta.Lang)
        {
            diagnostics.Error(file, $"translation_of: language '{record.Language}' must be another language of site.yml than this page's ('{meta.Lang}')", parsed.LineOf("translation_of.language"));
        }

        if (record.Sha256.Length != 64 || !record.Sha256.All(char.IsAsciiHexDigitLower))
        {
            diagnostics.Error(file, "translation_of: sha256 must be 64 lowercase hexadecimal digits; run 'briefing translations confirm' on this file to write it", parsed.LineOf("translation_of.sha256"));
        }

        if (ConfirmedDate(record) is null)
        {
            diagnostics.Error(file, $"translation_of: confirmed '{record.Confirmed}' must be a date written yyyy-MM-dd", parsed.LineOf("translation_of.confirmed"));
        }
    }

    /// <summary>The record's confirmation day, or null when it is not a <c>yyyy-MM-dd</c> date.</summary>
    public static DateOnly? ConfirmedDate(TranslationRecord record) =>
        DateOnly.TryParseExact(record.Confirmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
