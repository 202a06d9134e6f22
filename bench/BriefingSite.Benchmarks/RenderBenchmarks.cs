using BenchmarkDotNet.Attributes;
using BriefingSite.Publishing;
using BriefingSite.Rendering;

namespace BriefingSite.Benchmarks;

/// <summary>One briefing (the English seed): its Markdown, its whole page through the theme, and its link check.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private RepositorySite _site = null!;
    private MarkdownRenderer _markdown = null!;
    private Route _route = null!;
    private OutputFile _page = null!;
    private PageLinks _links = null!;
    private string[] _paths = [];

    [GlobalSetup]
    public void Setup()
    {
        _site = RepositorySite.Load();
        _markdown = new MarkdownRenderer();
        _route = _site.EnglishBriefing;
        _page = _site.Renderer.Render(_route);
        _links = LinkExtractor.Extract(_page.Path, _page.Text!);
        _paths = [.. _site.Routes.All.Select(r => r.OutputPath), "assets/style.css"];
    }

    /// <summary>A first render: without a <see cref="RecentParses"/> the text is parsed afresh.</summary>
    [Benchmark]
    public RenderedMarkdown RenderMarkdown() => _markdown.Render(_route.Page!.Markdown);

    [Benchmark]
    public OutputFile RenderPage() => _site.Renderer.Render(_route);

    [Benchmark]
    public PageLinks ExtractLinks() => LinkExtractor.Extract(_page.Path, _page.Text!);

    /// <summary>Checking one page's extracted links against the site (ids of the page itself only).</summary>
    [Benchmark]
    public int CheckLinks() => LinkValidator.Validate([_links], _paths).Count;
}
