using AngleSharp.Html.Parser;
using BriefingSite.Import;
using BriefingSite.Rendering;
using BriefingSite.Tests.Import;
using CsCheck;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// Seed text is shown as written: brackets, '!', '&amp;', '&lt;', backticks, emphasis marks and the
/// like come out as text in the built page. Only the importer's own constructs (notes, lists,
/// headings) become Markdown.
/// </summary>
public sealed class SeedTextIsLiteralTests
{
    private static readonly string Seed = Environment.GetEnvironmentVariable("PROPERTY_SEED") is { Length: > 0 } seed ? seed : "0N0XIzNsQ0O2";
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("PROPERTY_ITERATIONS"), out var iterations) ? iterations : 400;

    private const string Hostile =
        "This paragraph cites [the report](https://example.org/r) and shows ![x](https://tracker.example/p.gif) "
        + "with &amp; and &#60;b&#62; and *stars* and _under_ and `ticks` and <b>bold</b> and ~~struck~~ and ^up^ and ==marked== and ++added++ here.";

    [Fact]
    public void Links_images_and_markup_in_seed_text_stay_text_while_notes_still_link()
    {
        var seed = $"The Title Of The Briefing\n\n{Hostile} [1]\n\nAnother paragraph of ordinary text that goes on for a while, so it is read as a paragraph.\n\n[1] The note with [a link](https://example.org/n) and ![y](https://tracker.example/q.gif).\n";

        var parsed = SeedParsing.Parse(seed);
        var document = new HtmlParser().ParseDocument(new MarkdownRenderer().Render(parsed.Body).Html);

        Assert.Empty(document.QuerySelectorAll("img, b, em, strong, code, del, sub, mark, ins"));
        Assert.All(document.QuerySelectorAll("sup"), sup => Assert.Equal("footnote-ref", sup.ParentElement!.ClassName));
        Assert.DoesNotContain(document.QuerySelectorAll("a"), a => a.TextContent is "the report" or "a link" or "x" or "y");
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent.StartsWith(Hostile, StringComparison.Ordinal));
        Assert.Single(document.QuerySelectorAll("a.footnote-ref"));
        Assert.Contains("The note with [a link](https://example.org/n) and ![y](https://tracker.example/q.gif).", document.QuerySelector(".footnotes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_reference_the_seed_wrote_itself_stays_text()
    {
        var parsed = SeedParsing.Parse("The Title Of The Briefing\n\nCited [^1] here [1] and a private \uE0001\uE001 marker.\n\nNotes\n\n[1] The only note.\n");

        Assert.Contains("Cited \\[\\^1\\] here[^1] and a private 1 marker.", parsed.Body, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(new MarkdownRenderer().Render(parsed.Body).Html);
        Assert.Single(document.QuerySelectorAll("a.footnote-ref"));
    }

    [Fact]
    public void Any_escaped_line_renders_as_exactly_its_text() =>
        Gen.String[Gen.Char["abcXYZ0123456789 [](){}!&#;<>*_`~^=+-:|\\./?'\"iv"], 1, 60]
            .Select(text => text.Trim())
            .Where(text => text.Length > 0)
            .Sample(text =>
            {
                var html = new MarkdownRenderer().Render(MarkdownEscaper.Escape(text)).Html;
                var body = new HtmlParser().ParseDocument(html).Body!;
                return body.Children.Length == 1 && body.Children[0].LocalName == "p" && body.TextContent.Trim() == text;
            }, seed: Seed, iter: Iterations);
}
