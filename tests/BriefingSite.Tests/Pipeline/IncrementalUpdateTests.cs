using BriefingSite.Content;
using BriefingSite.Content.Translations;
using BriefingSite.Pipeline;
using BriefingSite.Publishing;
using BriefingSite.Publishing.Search;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Pipeline;

/// <summary>
/// serve's updates run the build's own steps over the routes an edit touches: after each kind of
/// change serve handles, the served folder (with the search index serve refreshes afterwards) must be
/// exactly what a fresh full build of the changed sources writes, rewriting in place only what shows
/// an edited page when the site's shape is kept.
/// </summary>
public sealed class IncrementalUpdateTests : IDisposable
{
    private const string Edited = "input/en/briefings/ports-3.md";
    private const string Translation = "input/ar/briefings/ports-3.md";
    private const string StaleRecord = "translation_of: {language: en, sha256: \"0000000000000000000000000000000000000000000000000000000000000000\", confirmed: 2024-03-04}\n";

    private readonly TempSite _site = TempSite.CopyOfRepository();
    private PageCache _cache = new();
    private PreviousBuild? _previous;
    private ServedSearchIndex? _servedSearch;

    public IncrementalUpdateTests()
    {
        for (var i = 1; i <= 6; i++)
        {
            _site.Write($"input/en/briefings/ports-{i}.md", Briefing("en", i, $"Ports of the Gulf, part {i}", "Basra and Umm Qasr handle most of the trade."));
            _site.Write($"input/ar/briefings/ports-{i}.md", Briefing("ar", i, $"موانئ الخليج، الجزء {i}", "تستقبل البصرة وأم قصر معظم التجارة.", i == 3 ? StaleRecord : ""));
        }

        Assert.True(Build(previous: null).Result.Succeeded);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>What serve sees; whether the update is made in place (else the whole site is made again).</summary>
    public static TheoryData<string, bool> Changes => new()
    {
        { "body", true },
        { "title", true },
        { "summary", true },
        { "translation record's date", true },
        { "translation record confirmed", true },
        { "original of a translation", true },
        { "topics", false },
        { "date", false },
        { "translation key", false },
        { "new file", false },
        { "deleted file", false },
        { "draft", false },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Every_kind_of_edit_leaves_the_served_folder_equal_to_a_full_build_file_for_file(string change, bool inPlace)
    {
        switch (change)
        {
            case "body":
                Edit(Edited, "More on trade", "Much more on trade");
                break;
            case "title":
                Edit(Edited, "Ports of the Gulf, part 3", "Gulf ports under pressure");
                break;
            case "summary":
                Edit(Edited, "summary: \"Basra", "summary: \"Only Basra");
                break;
            case "translation record's date":
                // The stale notice gives the day the translation was confirmed.
                Edit(Translation, "confirmed: 2024-03-04", "confirmed: 2024-03-05");
                break;
            case "translation record confirmed":
                // Confirmed against the original as it is: the stale notice goes.
                ConfirmTranslation();
                break;
            case "original of a translation":
                ConfirmTranslation();
                Assert.True(Update().Result.Succeeded);
                // The translation's page now says it is older than its original.
                Edit(Edited, "More on trade", "Much more on trade");
                break;
            case "topics":
                Edit(Edited, "topics: [iraq]", "topics: [iran]");
                break;
            case "date":
                Edit(Edited, "date: 2024-03-03", "date: 2025-01-01");
                break;
            case "translation key":
                Edit(Edited, "translation_key: ports-3", "translation_key: ports-x");
                break;
            case "new file":
                _site.Write("input/en/briefings/ports-7.md", Briefing("en", 7, "Ports, part 7", "New text."));
                break;
            case "deleted file":
                File.Delete(Path.Combine(_site.Root, "input/en/briefings/ports-5.md"));
                break;
            case "draft":
                Edit(Edited, "topics: [iraq]", "topics: [iraq]\ndraft: true");
                break;
        }

        var update = Update();

        Assert.True(update.Result.Succeeded, string.Join('\n', update.Result.Diagnostics));
        Assert.Equal(inPlace, update.InPlace);
        if (inPlace)
        {
            Assert.NotEmpty(update.Written);
        }

        AssertSameAsFullBuild();
    }

    [Theory]
    [InlineData("theme/layouts/briefing.sbn", "<article class=\"briefing\"", "<article class=\"briefing edited\"")]
    [InlineData("site.yml", "feed_limit: 50", "feed_limit: 2")]
    public void After_a_theme_or_site_yml_change_builds_afresh_the_next_update_uses_the_new_one(string file, string from, string to)
    {
        Edit(file, from, to);
        // serve builds afresh on these, reading every page again after a site.yml change.
        _cache = new PageCache();
        Assert.True(Build(previous: null).Result.Succeeded);
        AssertSameAsFullBuild();

        Edit(Edited, "Ports of the Gulf, part 3", "Gulf ports under pressure");
        var update = Update();

        Assert.True(update.InPlace);
        Assert.Contains("en/briefings/ports-3.html", update.Written);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Nothing_edited_writes_nothing()
    {
        var update = Update();

        Assert.True(update.InPlace);
        Assert.Empty(update.Written);
    }

    [Fact]
    public void A_body_edit_rewrites_the_page_and_its_side_by_side_views_only()
    {
        Edit(Edited, "More on trade", "Much more on trade");

        var written = Update().Written;

        Assert.Contains("en/briefings/ports-3.html", written);
        Assert.Contains("en/side-by-side/ports-3.html", written);
        Assert.Contains("ar/side-by-side/ports-3.html", written);
        Assert.DoesNotContain("ar/about.html", written);
        Assert.DoesNotContain("en/briefings/ports-1.html", written);
        Assert.DoesNotContain("sitemap.xml", written);
        Assert.Contains("Much more on trade", _site.Read("output/en/briefings/ports-3.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_edit_also_rewrites_every_listing_and_related_list_that_shows_the_briefing()
    {
        Edit(Edited, "Ports of the Gulf, part 3", "Gulf ports under pressure");

        var written = Update().Written;

        Assert.Contains("en/index.html", written);
        Assert.Contains("en/briefings/index.html", written);
        Assert.Contains("en/topics/iraq.html", written);
        Assert.Contains("ar/briefings/ports-3.html", written); // its translation links to it by title
        Assert.Contains(written, p => p.StartsWith("en/briefings/ports-", StringComparison.Ordinal) && p != "en/briefings/ports-3.html");
        Assert.DoesNotContain("en/about.html", written);
        Assert.Contains("title = {{Gulf ports under pressure}}", _site.Read("output/en/briefings/ports-3.bib"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_edit_rewrites_the_cards_that_show_it()
    {
        Edit(Edited, "summary: \"Basra", "summary: \"Only Basra");

        var written = Update().Written;

        Assert.Contains("en/briefings/index.html", written);
        Assert.Contains("Only Basra", _site.Read("output/en/briefings/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("en/about.html", written);
    }

    [Fact]
    public void Told_which_files_were_edited_it_reads_only_those_and_still_matches_a_full_build()
    {
        Edit(Edited, "Ports of the Gulf, part 3", "Gulf ports under pressure");
        Edit("input/ar/briefings/ports-5.md", "More on trade", "Even more on trade");

        var update = Update([Path.Combine(_site.Root, Edited), Path.Combine(_site.Root, "input/ar/briefings/ports-5.md")]);

        Assert.True(update.InPlace);
        Assert.Contains("ar/briefings/ports-5.html", update.Written);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Told_of_a_file_that_is_not_a_page_yet_it_looks_at_every_file_and_makes_the_whole_site()
    {
        var added = _site.Write("input/en/briefings/ports-7.md", Briefing("en", 7, "Ports, part 7", "New text."));

        var update = Update([added]);

        Assert.False(update.InPlace);
        Assert.True(File.Exists(Path.Combine(_site.Output, "en/briefings/ports-7.html")));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_broken_edit_is_reported_and_leaves_the_served_files_as_they_were()
    {
        var before = Snapshot();
        Edit(Edited, "More on trade", "See [the map](map.html). More on trade");

        var update = Update();

        Assert.False(update.Result.Succeeded);
        Assert.Contains(update.Result.Diagnostics, d => d.File == "output/en/briefings/ports-3.html" && d.Message.Contains("map.html", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot());

        Edit(Edited, "See [the map](map.html). ", "");
        Assert.Empty(Update().Written);
    }

    [Fact]
    public void A_broken_edit_that_changes_the_site_s_shape_leaves_the_served_files_as_they_were()
    {
        var before = Snapshot();
        Edit(Edited, "date: 2024-03-03", "date: 2025-01-01");
        Edit(Edited, "More on trade", "See [the map](map.html). More on trade");

        var update = Update();

        Assert.False(update.Result.Succeeded);
        Assert.False(update.InPlace);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_front_matter_error_is_reported_with_its_file_and_line()
    {
        Edit(Edited, "lang: en", "lang: fr");

        var update = Update();

        Assert.False(update.Result.Succeeded);
        Assert.Contains(update.Result.Diagnostics, d => d.File == Edited && d.Line == 3);
    }

    private static string Briefing(string lang, int i, string title, string text, string record = "") => $"""
        ---
        title: "{title}"
        lang: {lang}
        slug: ports-{i}
        translation_key: ports-{i}
        {record}date: 2024-03-0{i}
        authors: [Author {i}]
        summary: "{text}"
        topics: [iraq]
        ---

        {text}

        ## Trade

        {text} More on trade, section {i}.
        """;

    private void ConfirmTranslation() =>
        Edit(Translation, "0000000000000000000000000000000000000000000000000000000000000000", TextFingerprint.Of(_previous!.Site.Pages.Single(p => p.SourcePath == Edited)));

    private void Edit(string file, string from, string to)
    {
        var text = _site.Read(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        _site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>An update as serve runs it after edits to input pages, refreshing the search index as serve does afterwards.</summary>
    private Run Update(IReadOnlyCollection<string>? edited = null)
    {
        var run = Build(_previous ?? throw new InvalidOperationException("no build to update"), edited);
        if (run.Result.Succeeded && run.InPlace)
        {
            // One served index across updates, as serve keeps it: each refresh writes only the files that changed.
            (_servedSearch ??= new ServedSearchIndex(_site.Output)).Replace([.. SearchIndexStep.Files(_previous.Site, _previous.Strings)]);
        }

        return run;
    }

    private Run Build(PreviousBuild? previous, IReadOnlyCollection<string>? edited = null)
    {
        var context = new BuildContext(new BuildOptions(_site.Paths, Import: false, Cache: _cache, TrackShownPages: true), SilentProgress.Instance)
        {
            Previous = previous,
            EditedFiles = edited,
        };
        var result = SiteBuilder.Build(context);
        if (result.Succeeded)
        {
            _previous = PreviousBuild.Of(context);
            if (context.Output is not InPlaceOutput)
            {
                _servedSearch = null;
            }
        }

        return new Run(result, context.Output is InPlaceOutput, (context.Output as InPlaceOutput)?.Written ?? []);
    }

    /// <summary>Builds the sources afresh into another folder and compares every file, the search index too.</summary>
    private void AssertSameAsFullBuild()
    {
        var fresh = Path.Combine(_site.Root, "fresh");
        var result = new SiteBuilder().Build(new BuildOptions(_site.Paths with { Output = fresh }, Import: false));
        Assert.True(result.Succeeded);
        var expected = Snapshot(fresh);
        var actual = Snapshot();
        Assert.Equal(expected.Keys, actual.Keys);
        var differing = expected.Keys.Where(k => expected[k] != actual[k]).ToList();
        Assert.Empty(differing);
    }

    private SortedDictionary<string, string> Snapshot(string? folder = null)
    {
        folder ??= _site.Output;
        return new SortedDictionary<string, string>(
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f))
                .Where(f => !f.StartsWith('.'))
                .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(folder, f))),
            StringComparer.Ordinal);
    }

    private sealed record Run(BuildResult Result, bool InPlace, IReadOnlyList<string> Written);
}
