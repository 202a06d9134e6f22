using System.Globalization;
using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// Picks a seed's site language: first its script (<see cref="ScriptDetector"/>), then, among the
/// languages written in that script, the one <see cref="LanguageDetector"/> finds the most evidence
/// for. A language the site does not have is an error for that seed saying how to add it, and a
/// text that does not tell is an error asking for its <c>lang</c>; never silently another language.
/// </summary>
public static class LanguageChooser
{
    public static string Choose(string file, string text, SiteConfig config)
    {
        var script = ScriptDetector.Detect(text);
        var onSite = config.Languages.Where(l => l.Script == script).ToList();
        var ranked = LanguageDetector.Rank(text, Candidates(script, onSite));
        if (ranked.Count > 0 && ranked[0].Score > 0)
        {
            var best = ranked[0];
            if (ranked.Count > 1 && ranked[1].Score == best.Score)
            {
                throw Unclear(file, $"it looks {EnglishName(best.Code)} ({best.Code}: {best.Reason}) as much as {EnglishName(ranked[1].Code)} ({ranked[1].Code}: {ranked[1].Reason})", config);
            }

            return config.Languages.Any(l => l.Code == best.Code) ? best.Code : throw NotOnSite(file, best);
        }

        if (onSite.Count == 1)
        {
            // Nothing to tell apart: the site has one language in this script.
            return onSite[0].Code;
        }

        var known = LanguageCatalogue.Codes.Where(c => LanguageCatalogue.Find(c)?.Script == script).ToList();
        if (onSite.Count == 0 && known.Count == 1)
        {
            throw NotOnSite(file, new LanguageScore(known[0], 0, $"{script} letters"));
        }

        throw Unclear(file, onSite.Count == 0
            ? $"it is in {script} letters, which no site language uses"
            : $"nothing in it tells {string.Join(" from ", onSite.Select(l => l.Code))}", config);
    }

    /// <summary>
    /// The languages with evidence written in the script, each under the code the site gives it
    /// (a site's <c>ar-iq</c> stands for <c>ar</c>), and the site's own languages of that script.
    /// </summary>
    private static List<string> Candidates(string script, List<LanguageConfig> onSite)
    {
        var withEvidence = LanguageEvidenceCatalogue.Codes.Where(c => LanguageCatalogue.Find(c)?.Script == script);
        var others = withEvidence.Where(c => !onSite.Any(l => l.Code == c || l.Code.StartsWith(c + "-", StringComparison.Ordinal)));
        return [.. onSite.Select(l => l.Code).Concat(others)];
    }

    private static SiteException NotOnSite(string file, LanguageScore guess) =>
        new(file,
            $"this seed looks {EnglishName(guess.Code)} ({guess.Code}: {guess.Reason}), but site.yml has no such language. To publish it, add one entry to "
            + $"site.yml's languages (code: {guess.Code} and its culture; name, direction, script and plural rules come from the built-in CLDR data) "
            + $"and a strings file theme/i18n/{guess.Code}.yml with the same keys as the others; if the guess is wrong, set 'lang' for this seed in seeds/seeds.yml");

    private static SiteException Unclear(string file, string why, SiteConfig config) =>
        new(file,
            $"cannot tell which language this seed is in: {why}. Set 'lang' for this seed in seeds/seeds.yml "
            + $"to one of the site's languages ({string.Join(", ", config.Languages.Select(l => l.Code))})");

    /// <summary>The language's English name for messages (the system's CLDR data), else its code.</summary>
    private static string EnglishName(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
