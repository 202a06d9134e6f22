using System.Globalization;
using System.Text;

namespace BriefingSite.Cli.Init;

/// <summary>
/// The interface strings of one language of a new site: the theme's own translation when it has
/// one, else the English strings as placeholders under a <c># TODO translate</c> line. Every file
/// must hold the same keys, and today those include a name per site language (<c>language_fa</c>,
/// <c>in_language_fa</c>): these are written for exactly the site's languages, from the file's
/// own translation where it has one, else an English placeholder marked <c># TODO translate</c>.
/// </summary>
public static class StringsFileMaker
{
    private const string Folder = "theme/i18n";
    private static readonly string[] NameKeys = ["language_", "in_language_"];

    public static bool Knows(string code) => BundledFiles.Exists($"{Folder}/{code}.yml");

    public static string Make(NewLanguage language, IReadOnlyList<NewLanguage> site)
    {
        var known = Knows(language.Code);
        var source = BundledFiles.ReadText($"{Folder}/{(known ? language.Code : "en")}.yml").ReplaceLineEndings("\n").Split('\n');
        var names = source.Where(IsNameLine).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        var text = new StringBuilder();
        if (!known)
        {
            text.Append(CultureInfo.InvariantCulture, $"# TODO translate: English placeholders for {language.EnglishName} ({language.Code}); translate every value, keep the keys.\n");
        }

        var namesWritten = false;
        foreach (var line in source)
        {
            if (!IsNameLine(line))
            {
                text.Append(line).Append('\n');
            }
            else if (!namesWritten)
            {
                namesWritten = true;
                foreach (var other in site)
                {
                    text.Append(NameLine(language, known, names, $"language_{other.Code}", other.EnglishName));
                }

                foreach (var other in site)
                {
                    text.Append(NameLine(language, known, names, $"in_language_{other.Code}", "In " + other.EnglishName));
                }
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static bool IsNameLine(string line) => NameKeys.Any(k => line.StartsWith(k, StringComparison.Ordinal));

    /// <summary>The name as the theme's file has it; else English, marked for translation unless the file is English.</summary>
    private static string NameLine(NewLanguage language, bool known, Dictionary<string, string> names, string key, string english) =>
        known && names.TryGetValue(key, out var value) ? $"{key}: {value}\n"
        : known && language.Code == "en" ? $"{key}: {english}\n"
        : $"{key}: {english}  # TODO translate\n";
}
