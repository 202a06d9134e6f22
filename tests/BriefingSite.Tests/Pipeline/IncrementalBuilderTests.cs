using BriefingSite.Content;
using BriefingSite.Pipeline;
using BriefingSite.Publishing.Search;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Pipeline;

/// <summary>
/// serve's incremental updates: after an edit, the served folder must be exactly what a full build
/// of the edited input writes (bar the search index, refreshed separately), rewriting only what shows the page.
/// </summary>
public sealed class IncrementalBuilderTests : IDisposable
{
    private const string Edited = "input/en/briefings/ports-3.md";

    private readonly TempSite _site = TempSite.CopyOfRepository();
    private readonly IncrementalBuilder _builder;

    public IncrementalBuilderTests()
    {
        for (var i = 1; i <= 6; i++)
        {
            _site.Write($"input/en/briefings/ports-{i}.md", Briefing("en", i, $"Ports of the Gulf, part {i}", "Basra and Umm Qasr handle most of the trade."));
            _site.Write($"input/ar/briefings/ports-{i}.md", Briefing("ar", i, $"موانئ الخليج، الجزء {i}", "تستقبل البصرة وأم قصر معظم التجارة."));
        }

        var context = new BuildContext(new BuildOptions(_site.Paths, Import: false, Cache: new PageCache(), TrackShownPages: true), SilentProgress.Instance);
        Assert.True(new SiteBuilder().Build(context).Succeeded);
        _builder = IncrementalBuilder.From(context);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Nothing_edited_writes_nothing()
    {
        var result = _builder.Update();

        Assert.Equal(IncrementalOutcome.Unchanged, result.Outcome);
        Assert.Empty(result.Written);
    }

    [Fact]
    public void A_body_edit_rewrites_the_page_and_its_side_by_side_views_only_and_matches_a_full_build()
    {
        Edit(Edited, "More on trade", "Much more on trade");

        var result = _builder.Update();

        Assert.Equal(IncrementalOutcome.Updated, result.Outcome);
        Assert.Contains("en/briefings/ports-3.html", result.Written);
        Assert.Contains("en/side-by-side/ports-3.html", result.Written);
        Assert.Contains("ar/side-by-side/ports-3.html", result.Written);
        Assert.DoesNotContain("ar/about.html", result.Written);
        Assert.DoesNotContain("en/briefings/ports-1.html", result.Written);
        Assert.Contains("Much more on trade", _site.Read("output/en/briefings/ports-3.html"), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_title_edit_also_rewrites_every_listing_and_related_list_that_shows_the_briefing()
    {
        Edit(Edited, "Ports of the Gulf, part 3", "Gulf ports under pressure");

        var result = _builder.Update();

        Assert.Equal(IncrementalOutcome.Updated, result.Outcome);
        Assert.Contains("en/index.html", result.Written);
        Assert.Contains("en/briefings/index.html", result.Written);
        Assert.Contains("en/topics/iraq.html", result.Written);
        Assert.Contains("ar/briefings/ports-3.html", result.Written); // its translation links to it by title
        Assert.Contains(result.Written, p => p.StartsWith("en/briefings/ports-", StringComparison.Ordinal) && p != "en/briefings/ports-3.html");
        Assert.DoesNotContain("en/about.html", result.Written);
        Assert.Contains("title = {{Gulf ports under pressure}}", _site.Read("output/en/briefings/ports-3.bib"), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_summary_edit_rewrites_the_cards_that_show_it_and_matches_a_full_build()
    {
        Edit(Edited, "summary: \"Basra", "summary: \"Only Basra");

        var result = _builder.Update();

        Assert.Equal(IncrementalOutcome.Updated, result.Outcome);
        Assert.Contains("en/briefings/index.html", result.Written);
        Assert.Contains("Only Basra", _site.Read("output/en/briefings/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("en/about.html", result.Written);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Told_which_files_were_edited_it_reads_only_those_and_still_matches_a_full_build()
    {
        Edit(Edited, "Ports of the Gulf, part 3", "Gulf ports under pressure");
        Edit("input/ar/briefings/ports-5.md", "More on trade", "Even more on trade");

        var result = _builder.Update([Path.Combine(_site.Root, Edited), Path.Combine(_site.Root, "input/ar/briefings/ports-5.md")]);

        Assert.Equal(IncrementalOutcome.Updated, result.Outcome);
        Assert.Contains("ar/briefings/ports-5.html", result.Written);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Told_of_a_file_that_is_not_a_page_yet_it_looks_at_every_file()
    {
        var added = _site.Write("input/en/briefings/ports-7.md", Briefing("en", 7, "Ports, part 7", "New text."));

        Assert.Equal(IncrementalOutcome.NeedsFullBuild, _builder.Update([added]).Outcome);
    }

    [Theory]
    [InlineData("date: 2024-03-03", "date: 2025-01-01")]
    [InlineData("topics: [iraq]", "topics: [iran]")]
    [InlineData("translation_key: ports-3", "translation_key: ports-x")]
    public void An_edit_that_reorders_listings_asks_for_a_full_build_and_writes_nothing(string from, string to)
    {
        var before = File.ReadAllText(Path.Combine(_site.Output, "en/briefings/ports-3.html"));
        Edit(Edited, from, to);

        var result = _builder.Update();

        Assert.Equal(IncrementalOutcome.NeedsFullBuild, result.Outcome);
        Assert.Empty(result.Written);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_site.Output, "en/briefings/ports-3.html")));
    }

    [Fact]
    public void A_new_page_asks_for_a_full_build()
    {
        _site.Write("input/en/briefings/ports-7.md", Briefing("en", 7, "Ports, part 7", "New text."));

        Assert.Equal(IncrementalOutcome.NeedsFullBuild, _builder.Update().Outcome);
    }

    [Fact]
    public void A_broken_edit_is_reported_and_leaves_the_served_files_as_they_were()
    {
        var before = Snapshot();
        Edit(Edited, "More on trade", "See [the map](map.html). More on trade");

        var result = _builder.Update();

        Assert.Equal(IncrementalOutcome.Failed, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.File == "output/en/briefings/ports-3.html" && d.Message.Contains("map.html", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot());

        Edit(Edited, "See [the map](map.html). ", "");
        Assert.Equal(IncrementalOutcome.Unchanged, _builder.Update().Outcome);
    }

    [Fact]
    public void A_front_matter_error_is_reported_with_its_file_and_line()
    {
        Edit(Edited, "lang: en", "lang: fr");

        var result = _builder.Update();

        Assert.Equal(IncrementalOutcome.Failed, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.File == Edited && d.Line == 3);
    }

    private static string Briefing(string lang, int i, string title, string text) => $"""
        ---
        title: "{title}"
        lang: {lang}
        slug: ports-{i}
        translation_key: ports-{i}
        date: 2024-03-0{i}
        authors: [Author {i}]
        summary: "{text}"
        topics: [iraq]
        ---

        {text}

        ## Trade

        {text} More on trade, section {i}.
        """;

    private void Edit(string file, string from, string to)
    {
        var text = _site.Read(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        _site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Builds the edited input afresh into another folder and compares every file but the search index.</summary>
    private void AssertSameAsFullBuild()
    {
        var fresh = Path.Combine(_site.Root, "fresh");
        var result = new SiteBuilder().Build(new BuildOptions(_site.Paths with { Output = fresh }, Import: false));
        Assert.True(result.Succeeded);
        Assert.Equal(Snapshot(fresh), Snapshot());
    }

    private SortedDictionary<string, string> Snapshot(string? folder = null)
    {
        folder ??= _site.Output;
        return new SortedDictionary<string, string>(
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f))
                .Where(f => !f.StartsWith('.') && !f.StartsWith(SearchIndexWriter.Folder, StringComparison.Ordinal))
                .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(folder, f))),
            StringComparer.Ordinal);
    }
}
