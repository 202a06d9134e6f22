using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Import.Pdf;
using BriefingSite.Tests.Support;
using UglyToad.PdfPig;

namespace BriefingSite.Tests.Publishing.Pdf;

/// <summary>
/// Given the repository's site built with its PDFs, each briefing's PDF opens, numbers every page
/// "n / pages" beside the page's public address, holds the whole page (title on the first page,
/// the page's last paragraph on the last), and gives its text back in logical order.
/// </summary>
public sealed partial class BriefingPdfTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    private const string Arabic = "ar/briefings/party-politics-in-iraq-where-to";
    private const string English = "en/briefings/the-new-landscape-of-iranian-politics";

    [Theory]
    [InlineData(Arabic)]
    [InlineData(English)]
    public void Every_page_is_numbered_of_the_page_count_and_carries_the_public_address(string briefing)
    {
        using var pdf = PdfDocument.Open(Path.Combine(site.Site.Output, briefing + ".pdf"));
        var address = $"https://example.org/briefings/{briefing}.html";

        Assert.True(pdf.NumberOfPages > 1, $"{briefing}.pdf has {pdf.NumberOfPages} page(s)");
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().Select(w => Plain(w.Text)).ToList();
            Assert.Contains(address, words);
            Assert.Contains($"{page.Number} / {pdf.NumberOfPages}", string.Join(' ', words), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Arabic)]
    [InlineData(English)]
    public void The_pages_hold_the_whole_briefing_from_its_title_to_its_last_paragraph(string briefing)
    {
        var text = PdfDocumentReader.Read(Path.Combine(site.Site.Output, briefing + ".pdf"), briefing + ".pdf");
        var html = site.Pages[briefing + ".html"];
        var title = html.QuerySelector("h1")!.TextContent;
        // Download links are hidden in print: the last paragraph on paper is the citation or the publisher's.
        var footer = html.QuerySelectorAll(".briefing__footer p:not(.citation__downloads)");
        var lastParagraph = footer[footer.Length - 1].TextContent;

        Assert.Contains(title, PageText(text.Pages[0]), StringComparison.Ordinal);
        Assert.Contains(Squeeze(lastParagraph), Squeeze(PageText(text.Pages[^1])), StringComparison.Ordinal);
    }

    [Fact]
    public void The_download_links_are_left_out_of_the_printed_page()
    {
        var text = string.Join('\n', PdfDocumentReader.Read(Path.Combine(site.Site.Output, English + ".pdf"), "en.pdf").Pages.Select(PageText));

        Assert.Contains("How to cite", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Download the citation", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BibTeX", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Logical order: the title and every section heading of the Markdown come back as written and in
    /// the source's order, read with the importer's PDF reader (PdfPig's glyphs, ordered by the Unicode
    /// bidi algorithm). Arabic comes out of PdfPig itself in visual order and in presentation forms:
    /// there each heading must be found reversed, letter by letter, after NFKC, which holds only when
    /// every glyph maps to its letter and the letters run right to left in the order written.
    /// </summary>
    [Theory]
    [InlineData(Arabic, "input/ar/briefings/party-politics-in-iraq-where-to.md")]
    [InlineData(English, "input/en/briefings/the-new-landscape-of-iranian-politics.md")]
    public void The_headings_come_back_in_the_order_written(string briefing, string source)
    {
        var markdown = site.Site.Read(source);
        List<string> phrases = [TitleLine().Match(markdown).Groups[1].Value.Trim(), .. HeadingLine().Matches(markdown).Select(m => m.Groups[1].Value.Trim())];
        var path = Path.Combine(site.Site.Output, briefing + ".pdf");
        var text = string.Join('\n', PdfDocumentReader.Read(path, briefing + ".pdf").Pages.Select(PageText));

        Assert.True(phrases.Count >= 4, string.Join(", ", phrases));
        var at = 0;
        foreach (var phrase in phrases)
        {
            var found = text.IndexOf(phrase, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{phrase}' not found after offset {at} of:\n{text}");
            at = found + phrase.Length;
        }

        if (briefing == Arabic)
        {
            using var pdf = PdfDocument.Open(path);
            var raw = Plain(string.Join('\n', pdf.GetPages().Select(p => p.Text)));
            foreach (var heading in phrases.Skip(1))
            {
                Assert.Contains(new string([.. heading.Reverse()]), raw, StringComparison.Ordinal);
            }
        }
    }

    private static string PageText(PdfPage page) => string.Join('\n', page.Lines.Select(l => l.Text));

    /// <summary>Presentation forms and ligatures (ﻢ, ﬁ) as the letters they are.</summary>
    private static string Plain(string text) => text.Normalize(NormalizationForm.FormKC);

    /// <summary>Without white space: where a line wraps (inside an address too) is the browser's choice.</summary>
    private static string Squeeze(string text) => WhiteSpace().Replace(text, "");

    [GeneratedRegex(@"^title: (.+)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^## (.+)$", RegexOptions.Multiline)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
