namespace BriefingSite.Cli.Init;

/// <summary>
/// The interface strings of one language of a new site: the theme's own translation when it has
/// one, else the English strings as placeholders under a <c># TODO translate</c> line. Language
/// names are not strings of the theme: they come from the built-in language data.
/// </summary>
public static class StringsFileMaker
{
    private const string Folder = "theme/i18n";

    public static bool Knows(string code) => BundledFiles.Exists($"{Folder}/{code}.yml");

    public static string Make(NewLanguage language)
    {
        var known = Knows(language.Code);
        var source = BundledFiles.ReadText($"{Folder}/{(known ? language.Code : "en")}.yml").ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
        return known ? source : $"# TODO translate: English placeholders for {language.EnglishName} ({language.Code}); translate every value, keep the keys.\n" + source;
    }
}
