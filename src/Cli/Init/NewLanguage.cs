using System.Globalization;
using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Cli.Init;

/// <summary>
/// A language of a new site, resolved from its code with the system's CLDR data (ICU): its own
/// name, its English name, its direction and its culture. <c>--direction code=rtl</c> overrides the
/// direction (Kurdish <c>ku</c> is written in Latin letters in CLDR; Sorani is <c>ckb</c>, or <c>ku</c> with <c>--direction ku=rtl</c>),
/// and is required for a code the system does not know.
/// </summary>
public sealed record NewLanguage(string Code, string Name, string EnglishName, string Direction, string Culture, bool KnownCulture)
{
    /// <summary>Right-to-left languages are told apart by Arabic letters in seeds; <c>script</c> in site.yml knows only arabic and latin.</summary>
    public string Script => Direction == "rtl" ? "arabic" : "latin";

    public static IReadOnlyList<NewLanguage> Resolve(IReadOnlyList<string> codes, IReadOnlyDictionary<string, string> directions)
    {
        if (codes.Count == 0)
        {
            throw new SiteException("--languages", "give at least one language code, such as --languages ar,en");
        }

        foreach (var (code, direction) in directions)
        {
            if (!codes.Contains(code) || direction is not ("rtl" or "ltr"))
            {
                throw new SiteException("--direction", $"'{code}={direction}' must name one of the languages ({string.Join(", ", codes)}) and rtl or ltr");
            }
        }

        var duplicate = codes.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SiteException("--languages", $"language '{duplicate.Key}' is given twice");
        }

        return [.. codes.Select(code => Resolve(code, directions.GetValueOrDefault(code)))];
    }

    private static NewLanguage Resolve(string code, string? direction)
    {
        if (!SlugRule.IsValid(code))
        {
            throw new SiteException("--languages", $"'{code}' is not a language code: use lowercase codes such as ar, en, fa");
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            // Unknown to ICU: the site still works, with English date names until site.yml says otherwise.
            return direction is null
                ? throw new SiteException("--languages", $"language '{code}' is not known to this system's language data; give its direction with --direction {code}=rtl (or ltr)")
                : new NewLanguage(code, code, code, direction, "en", KnownCulture: false);
        }

        var name = culture.NativeName.Length > 0 ? char.ToUpper(culture.NativeName[0], culture) + culture.NativeName[1..] : code;
        return new NewLanguage(code, name, culture.EnglishName, direction ?? (culture.TextInfo.IsRightToLeft ? "rtl" : "ltr"), code, KnownCulture: true);
    }
}
