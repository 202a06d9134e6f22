using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// Picks a seed's site language from what <see cref="LanguageDetector"/> sees. A language the
/// site does not have is an error for that seed saying how to add it, never silently another one.
/// </summary>
public static class LanguageChooser
{
    public static string Choose(string file, string text, SiteConfig config)
    {
        var (code, reason) = LanguageDetector.Evidence(text);
        if (config.Languages.Any(l => l.Code == code))
        {
            return code;
        }

        // Latin text, or Arabic on a site whose Arabic has another code: the language configured for the script.
        var script = code == "en" ? ScriptDetector.Latin : ScriptDetector.Arabic;
        var claimed = new[] { "fa", "ur", "ckb" };
        var byScript = config.Languages.FirstOrDefault(l => l.Script == script && (code == "en" || code == "ar" && !claimed.Contains(l.Code)));
        if (byScript is not null)
        {
            return byScript.Code;
        }

        // The name comes from the same CLDR data that completes the languages entry the message asks for.
        var name = code == "en" ? "in Latin script" : LanguageCatalogue.Find("en")?.Names.GetValueOrDefault(code) ?? code;
        throw new SiteException(file,
            $"this seed looks {name} ({code}: {reason}), but site.yml has no such language. To publish it, add one entry to "
            + $"site.yml's languages (code: {code} and its culture; name, direction, script and plural rules come from the built-in CLDR data) "
            + $"and a strings file theme/i18n/{code}.yml with the same keys as the others; if the guess is wrong, set 'lang' for this seed in seeds/seeds.yml");
    }
}
