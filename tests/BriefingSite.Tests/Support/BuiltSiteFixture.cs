using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Pipeline;

namespace BriefingSite.Tests.Support;

/// <summary>
/// The repository's site built once into a temp folder as the build command builds it (each
/// briefing's PDF printed, so the checks of every page see its PDF link), with every page parsed,
/// shared by a test class.
/// </summary>
public sealed class BuiltSiteFixture : IDisposable
{
    public BuiltSiteFixture()
    {
        Site = TempSite.CopyOfRepository();
        Result = Site.Build(pdfs: true);
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("building the repository site failed:\n" + string.Join("\n", Result.Diagnostics));
        }

        var parser = new HtmlParser();
        Pages = Directory.EnumerateFiles(Site.Output, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                f => Path.GetRelativePath(Site.Output, f).Replace('\\', '/'),
                f => (IDocument)parser.ParseDocument(File.ReadAllText(f)));
    }

    public TempSite Site { get; }

    public BuildResult Result { get; }

    /// <summary>Every HTML page of the output, by site-relative path.</summary>
    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    public void Dispose() => Site.Dispose();
}
