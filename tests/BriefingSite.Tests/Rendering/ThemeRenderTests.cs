using BriefingSite.Diagnostics;
using BriefingSite.Tests.Support;
using Scriban.Runtime;

namespace BriefingSite.Tests.Rendering;

/// <summary>
/// A theme renders each page's template and then the layout around it, with partials in the
/// caller's scope; contexts are reused between pages, so nothing one page sets is seen by the next.
/// </summary>
public sealed class ThemeRenderTests : IDisposable
{
    private readonly TempSite _site = TempSite.Empty();

    public ThemeRenderTests()
    {
        foreach (var name in BriefingSite.Rendering.Theme.RequiredLayouts)
        {
            _site.Write($"theme/layouts/{name}.sbn", "");
        }

        _site.Write("theme/layouts/layout.sbn", "<main>{{ content }}</main>");
        _site.Write("theme/layouts/list.sbn", "<ul>{{ for item in page.items }}{{ partial \"item\" }}{{ end }}</ul>");
        _site.Write("theme/layouts/partials/item.sbn", "<li>{{ item }}</li>");
        _site.Write("theme/layouts/home.sbn", "{{ seen = page.title }}{{ $mine = page.title }}{{ page.title }}");
        _site.Write("theme/layouts/page.sbn", "{{ seen }}");
        _site.Write("theme/layouts/search.sbn", "{{ $mine }}");
        _site.Write("theme/layouts/notfound.sbn", "{{ partial \"missing\" }}");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_page_is_its_template_inside_the_layout_with_partials_escaped_in_the_loop_scope()
    {
        var theme = BriefingSite.Rendering.Theme.Load(_site.Paths);

        var html = theme.RenderPage("list", Globals(new { Items = new[] { "a<b", "c" } }));

        Assert.Equal("<main><ul><li>a&lt;b</li><li>c</li></ul></main>", html);
    }

    [Fact]
    public void What_one_page_sets_is_not_seen_by_the_next_and_a_failed_page_leaves_the_next_unharmed()
    {
        var theme = BriefingSite.Rendering.Theme.Load(_site.Paths);

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal("<main>first</main>", theme.RenderPage("home", Globals(new { Title = "first" })));
            Assert.Throws<SiteException>(() => theme.RenderPage("page", Globals(new { Title = "second" })));
            Assert.Throws<SiteException>(() => theme.RenderPage("search", Globals(new { Title = "second" })));
        }
    }

    [Fact]
    public void A_missing_partial_is_an_error_naming_the_template_and_the_partial()
    {
        var theme = BriefingSite.Rendering.Theme.Load(_site.Paths);

        var error = Assert.Throws<SiteException>(() => theme.RenderPage("notfound", Globals(new { Title = "x" })));

        Assert.EndsWith("notfound.sbn", error.Diagnostic.File, StringComparison.Ordinal);
        Assert.Contains("partial 'missing' not found", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Diagnostic.Line);
    }

    private static ScriptObject Globals(object page) => new() { ["page"] = page };
}
