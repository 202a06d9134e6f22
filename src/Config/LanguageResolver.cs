using System.Globalization;
using BriefingSite.Diagnostics;

namespace BriefingSite.Config;

/// <summary>
/// Turns the <c>languages</c> entries of site.yml into resolved languages, once: what an entry
/// leaves out (name, direction, script, plural rules, names in the other languages) comes from
/// built-in CLDR data, and a setting that is wrong or missing for an unknown language is an
/// error naming the file, the language and the key to add.
/// </summary>
public static class LanguageResolver
{
    public static IReadOnlyList<string> Directions { get; } = ["rtl", "ltr"];

    /// <summary>Scripts the built-in data names; the importer tells Arabic from Latin script, and the rest by their site.yml entry.</summary>
    public static IReadOnlyList<string> Scripts { get; } = ["arabic", "latin", "hebrew", "cyrillic", "han"];

    public static List<LanguageConfig> Resolve(IReadOnlyList<LanguageConfig> languages, string file)
    {
        var completed = languages.Select(l => Complete(l, file)).ToList();
        return [.. completed.Select(l => l.WithResolution(new LanguageResolution(
            Plural(l, file),
            Culture(l, file),
            completed.ToDictionary(reader => reader.Code, reader => NameIn(l, reader, file), StringComparer.Ordinal))))];
    }

    /// <summary>The entry with CLDR's name, direction, script and digits where it gave none, checked.</summary>
    private static LanguageConfig Complete(LanguageConfig language, string file)
    {
        if (!SlugRule.IsValid(language.Code))
        {
            throw new SiteException(file, $"language code '{language.Code}' must be a lowercase code such as 'ar' or 'en'");
        }

        var data = LanguageCatalogue.Find(language.Code);
        var completed = language with
        {
            Name = language.Name.Length > 0 ? language.Name : Required(language, data?.Names.GetValueOrDefault(language.Code) ?? data?.Names.GetValueOrDefault(language.Code.Split('-')[0]), "name", file),
            Direction = language.Direction.Length > 0 ? language.Direction : Required(language, data?.Direction, "direction", file),
            Script = language.Script.Length > 0 ? language.Script : Required(language, data?.Script, "script", file),
            Digits = language.Digits.Length > 0 ? language.Digits : data?.Digits ?? DigitSet.Western,
        };
        Check(completed, "direction", completed.Direction, Directions, file);
        Check(completed, "script", completed.Script, Scripts, file);
        Check(completed, "digits", completed.Digits, DigitSet.Names, file);
        Check(completed, "calendar", completed.Calendar, [.. LanguageCulture.CalendarNames], file);
        return completed;
    }

    private static string Required(LanguageConfig language, string? known, string key, string file) =>
        !string.IsNullOrEmpty(known)
            ? known
            : throw new SiteException(file, $"language '{language.Code}': set '{key}' (the built-in CLDR data does not know this language; it knows {string.Join(", ", LanguageCatalogue.Codes)})");

    private static void Check(LanguageConfig language, string key, string value, IReadOnlyList<string> allowed, string file)
    {
        if (!allowed.Contains(value))
        {
            throw new SiteException(file, $"language '{language.Code}': {key} must be {string.Join(" or ", allowed.Select(a => $"'{a}'"))}, not '{value}'");
        }
    }

    private static PluralRule Plural(LanguageConfig language, string file)
    {
        var rules = language.Plurals ?? LanguageCatalogue.Find(language.Code)?.Plurals;
        if (rules is null)
        {
            throw new SiteException(file, $"language '{language.Code}': set 'plurals' to its CLDR plural rules (for example {{ one: \"n = 1\" }}, or {{}} for none); the built-in data does not know this language");
        }

        try
        {
            return PluralRule.Parse(rules);
        }
        catch (FormatException ex)
        {
            throw new SiteException(file, $"language '{language.Code}': {ex.Message}");
        }
    }

    private static CultureInfo Culture(LanguageConfig language, string file)
    {
        try
        {
            return LanguageCulture.Create(language.Culture, language.Calendar)
                ?? throw new SiteException(file, $"language '{language.Code}': culture '{language.Culture}' has no {language.Calendar} calendar; it offers {string.Join(", ", LanguageCulture.Offered(language.Culture))}");
        }
        catch (CultureNotFoundException)
        {
            throw new SiteException(file, $"language '{language.Code}': culture '{language.Culture}' is not known to this system (try ar-IQ or en-GB)");
        }
    }

    /// <summary>
    /// How a reader of <paramref name="reader"/> names <paramref name="language"/>: the reader's
    /// entry, else CLDR. A language CLDR data here does not know goes by its own name.
    /// </summary>
    private static string NameIn(LanguageConfig language, LanguageConfig reader, string file)
    {
        if (language.Code == reader.Code)
        {
            return language.Name;
        }

        var readerData = LanguageCatalogue.Find(reader.Code);
        var known = reader.Names.GetValueOrDefault(language.Code)
            ?? readerData?.Names.GetValueOrDefault(language.Code)
            ?? readerData?.Names.GetValueOrDefault(language.Code.Split('-')[0]);
        if (known is not null)
        {
            return known;
        }

        return readerData is not null
            ? language.Name
            : throw new SiteException(file, $"language '{reader.Code}': no name in it for '{language.Code}' (the built-in CLDR data does not know '{reader.Code}'); add names: {{ {language.Code}: … }} to its entry");
    }
}
