namespace BriefingSite.Tests.Support;

/// <summary>One page of each type of the repository's site, in both languages, for browser and validity tests.</summary>
public static class SitePages
{
    public const string ArabicBriefing = "ar/briefings/party-politics-in-iraq-where-to.html";
    public const string EnglishBriefing = "en/briefings/the-new-landscape-of-iranian-politics.html";

    public static IReadOnlyList<string> All { get; } =
    [
        "index.html",
        "404.html",
        "ar/index.html",
        "en/index.html",
        "ar/briefings/index.html",
        "en/briefings/index.html",
        ArabicBriefing,
        EnglishBriefing,
        "ar/topics/index.html",
        "en/topics/index.html",
        "ar/topics/elections.html",
        "en/topics/elections.html",
        "ar/about.html",
        "en/about.html",
    ];

    public static TheoryData<string> Each() => new(All);

    public static TheoryData<string, int> EachAtPhoneAndDesktop()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in All)
        {
            data.Add(path, 360);
            data.Add(path, 1280);
        }

        return data;
    }

    /// <summary>The language of a page: its folder, else the site's default (Arabic).</summary>
    public static string LanguageOf(string path) => path.StartsWith("en/", StringComparison.Ordinal) ? "en" : "ar";
}
