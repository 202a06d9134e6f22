using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Rendering;

/// <summary>
/// Each rendered file lists the pages whose data it shows (what serve re-renders on an edit),
/// recorded by the render itself: two renders running at once on two threads never mix their lists.
/// </summary>
public sealed class ShownPagesTests : IDisposable
{
    private readonly TranslatedPairSite _pair = new();
    private readonly RouteTable _routes;
    private readonly SiteRenderer _renderer;

    public ShownPagesTests()
    {
        var paths = _pair.Site.Paths;
        var config = SiteConfigLoader.Load(paths);
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(paths, config, diagnostics);
        Assert.False(diagnostics.HasErrors);
        _routes = new RouteTable(site);
        _renderer = new SiteRenderer(_routes, BriefingSite.Rendering.Theme.Load(paths), UiStrings.Load(paths, config), new MarkdownRenderer());
    }

    public void Dispose() => _pair.Dispose();

    [Fact]
    public void A_briefing_and_its_side_by_side_view_show_it_first_then_its_translation_and_a_fixed_page_only_itself()
    {
        var briefing = _routes.All.Single(r => r.OutputPath == TranslatedPairSite.English);
        var twin = _routes.Site.TranslationOf(briefing.Page!, _routes.Site.Config.Language("ar"));
        Assert.NotNull(twin);
        var about = Route(RouteKind.Page, "en");

        var shown = _renderer.Render(briefing).Shown;
        var sideBySide = _renderer.Render(_routes.All.Single(r => r.OutputPath == TranslatedPairSite.EnglishSideBySide)).Shown;

        Assert.Same(briefing.Page, shown[0]);
        Assert.Contains(twin, shown);
        Assert.Equal([briefing.Page!, twin], sideBySide);
        Assert.Equal([about.Page!], _renderer.Render(about).Shown);
    }

    [Fact]
    public async Task Two_outputs_rendered_at_once_on_two_threads_each_record_only_their_own_pages()
    {
        var home = Route(RouteKind.Home, "en");
        var about = Route(RouteKind.Page, "en");
        var homeAlone = _renderer.Render(home).Shown;
        Assert.True(homeAlone.Count >= 2, "the home page shows cards of several briefings");

        // Both threads start together and render again and again, so the renders overlap.
        using var start = new Barrier(2);
        IReadOnlyList<Page>[] RenderMany(Route route)
        {
            start.SignalAndWait();
            return [.. Enumerable.Range(0, 20).Select(_ => _renderer.Render(route, new RecentParses()).Shown)];
        }

        var homeRenders = Task.Factory.StartNew(() => RenderMany(home), TaskCreationOptions.LongRunning);
        var aboutRenders = Task.Factory.StartNew(() => RenderMany(about), TaskCreationOptions.LongRunning);
        Assert.All(await homeRenders, shown => Assert.Equal(homeAlone, shown));
        Assert.All(await aboutRenders, shown => Assert.Equal([about.Page!], shown));
    }

    private Route Route(RouteKind kind, string language) =>
        _routes.All.First(r => r.Kind == kind && r.Language.Code == language && (kind != RouteKind.Page || r.OutputPath.EndsWith("about.html", StringComparison.Ordinal)));
}
