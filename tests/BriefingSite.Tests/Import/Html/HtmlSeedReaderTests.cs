using System.Text;
using BriefingSite.Diagnostics;
using BriefingSite.Import;
using BriefingSite.Import.Html;

namespace BriefingSite.Tests.Import.Html;

/// <summary>A web page becomes the text the text importer reads: chrome dropped, stated headings, notes, lists, tables, quotes.</summary>
public class HtmlSeedReaderTests
{
    private const string Chrome = """
        <header><a href="/">Valley Institute</a><p>Support our work: donate today</p></header>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li></ul></nav>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
        """;

    private const string ChromeAfter = """
        <div class="share-row"><a href="#">Share on Facebook</a> <a href="#">Share by e-mail</a></div>
        <section id="comments"><h3>Comments</h3><p>Great piece, thanks for writing it up so clearly!</p></section>
        <aside class="related-posts"><h3>Related articles</h3><p>Drought in the north, three years on and counting.</p></aside>
        <footer><p>Copyright Valley Institute. All rights reserved.</p></footer>
        <script>document.write('Injected by a script');</script>
        """;

    [Fact]
    public void Chrome_around_an_English_article_is_dropped_and_its_text_kept()
    {
        var parsed = HtmlImport.Parse(HtmlImport.Page(Chrome + """
            <main><article><h1>Water in the Valley</h1>
            <p>The river has fallen for three summers in a row, and the farms below the dam feel it first.</p>
            <h2>What the ministry plans</h2>
            <p>A new canal is planned, but its funding has not been voted on by the assembly this year.</p>
            </article></main>
            """ + ChromeAfter));

        Assert.Equal("Water in the Valley", parsed.Meta.Title);
        Assert.Contains("## What the ministry plans", parsed.Body);
        Assert.Contains("the farms below the dam feel it first.", parsed.Body);
        foreach (var chrome in new[] { "donate", "About us", "cookies", "Share on Facebook", "Great piece", "Related articles", "Drought", "All rights reserved", "Injected" })
        {
            Assert.DoesNotContain(chrome, parsed.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_Arabic_article_without_article_markup_is_found_by_its_paragraphs()
    {
        var parsed = HtmlImport.Parse(HtmlImport.Page("""
            <div class="menu"><a href="/">الرئيسية</a> <a href="/news">الأخبار</a></div>
            <div class="post-body">
            <h1>المياه في الوادي</h1>
            <p>انخفض منسوب النهر ثلاثة صيوف متتالية، وتشعر المزارع أسفل السد بذلك أولاً قبل غيرها.</p>
            <h2>خطة الوزارة</h2>
            <p>تخطط الوزارة لقناة جديدة، لكن تمويلها لم يُقرّ بعد في المجلس هذا العام، ولا موعد لذلك.</p>
            </div>
            <div class="social-share">شارك على فيسبوك</div>
            """, lang: "ar", dir: "rtl"));

        Assert.Equal("ar", parsed.Meta.Lang);
        Assert.Equal("المياه في الوادي", parsed.Meta.Title);
        Assert.Contains("## خطة الوزارة", parsed.Body);
        Assert.DoesNotContain("الرئيسية", parsed.Body);
        Assert.DoesNotContain("شارك على فيسبوك", parsed.Body);
    }

    [Fact]
    public void Heading_levels_follow_h2_to_h6_and_no_other_paragraph_becomes_a_heading()
    {
        var seed = HtmlImport.Read(HtmlImport.Page("""
            <article><h1>Report</h1><p>Opening paragraph of the report, long enough to be read as the text.</p>
            <h2>Findings</h2><p>Short Title Case Line</p><h3>Water</h3><p>More text about the water, with a comma.</p>
            <h4>Wells</h4><p>Wells are drying out across the valley floor.</p></article>
            """));
        var lines = seed.Text.Split('\n');

        Assert.Equal([2, 3, 4], seed.Headings!.Values.Order());
        Assert.Equal(["Findings", "Water", "Wells"], seed.Headings.Keys.Order().Select(l => lines[l - 1]));
        var parsed = new SeedParser(BriefingSite.Tests.Import.Corpus.ImportCorpus.Config).Parse(seed, new SeedOverrides());
        Assert.Contains("### Water", parsed.Body);
        Assert.Contains("#### Wells", parsed.Body);
        Assert.DoesNotContain("# Short Title Case Line", parsed.Body);
    }

    [Fact]
    public void A_stated_heading_without_a_full_stop_is_not_joined_to_the_paragraph_below()
    {
        var parsed = HtmlImport.Parse(HtmlImport.Page("""
            <article><h1>Embassy</h1><p>Opening paragraph of the statement, read as the body of the text.</p>
            <h2>Forty years on</h2><p>Forty years ago today, militants stormed the embassy.</p></article>
            """));

        Assert.Contains("## Forty years on\n\nForty years ago today", parsed.Body);
    }

    [Theory]
    [InlineData("""<p>Rain fell<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> in May.</p></article><div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text">Met Office, 2024.</span></li></ol></div>""")]
    [InlineData("""<p>Rain fell<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup> in May.</p></article><div class="footnotes"><hr><ol><li id="fn:1"><p>Met Office, 2024. <a href="#fnref:1" class="footnote-back-ref">↩</a></p></li></ol></div>""")]
    [InlineData("""<p>Rain fell<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> in May.</p></article><section id="footnotes" class="footnotes" role="doc-endnotes"><ol><li id="fn1"><p>Met Office, 2024.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>""")]
    public void Notes_in_MediaWiki_Markdig_and_pandoc_markup_become_linked_notes(string markup)
    {
        var parsed = HtmlImport.Parse(HtmlImport.Page("<article><h1>Rain</h1><p>Opening paragraph about the rain in the valley this year.</p>" + markup));

        Assert.Contains("Rain fell[^1] in May.", parsed.Body);
        Assert.Contains("[^1]: Met Office, 2024.", parsed.Body);
        Assert.DoesNotContain("↩", parsed.Body);
        Assert.DoesNotContain("^ Met", parsed.Body);
        Assert.Equal(1, parsed.Report.Footnotes);
    }

    [Fact]
    public void A_note_cited_twice_is_one_note_and_an_Arabic_page_gets_an_Arabic_notes_heading()
    {
        var seed = HtmlImport.Read(HtmlImport.Page("""
            <article><h1>المطر</h1><p>هطل المطر<sup><a href="#n1">1</a></sup> في أيار، وهطل أيضاً<sup><a href="#n1">1</a></sup> في حزيران.</p></article>
            <div class="footnotes"><ol><li id="n1">دائرة الأرصاد، ٢٠٢٤.</li></ol></div>
            """, lang: "ar", dir: "rtl"));

        Assert.Contains("هطل المطر[1] في أيار، وهطل أيضاً[1] في حزيران.", seed.Text);
        Assert.Contains("\nالهوامش\n\n[1] دائرة الأرصاد، ٢٠٢٤.", seed.Text);
    }

    [Fact]
    public void Lists_keep_their_numbering_and_nesting()
    {
        var seed = HtmlImport.Read(HtmlImport.Page("""
            <article><h1>Steps</h1><p>What the council decided on the first day of its session.</p>
            <ol start="3"><li>Close the old well</li><li>Dig a new one<ul><li>north field</li><li>south field</li></ul></li></ol></article>
            """));

        Assert.Contains("3. Close the old well\n4. Dig a new one\n    - north field\n    - south field", seed.Text);
    }

    [Fact]
    public void A_table_is_written_so_the_text_importer_reads_a_table()
    {
        var parsed = HtmlImport.Parse(HtmlImport.Page("""
            <article><h1>Rainfall</h1><p>Rainfall by month in the valley, as measured at the dam.</p>
            <table><tr><th>Month</th><th>Rain (mm)</th></tr><tr><td>May</td><td>12</td></tr><tr><td>June</td><td></td></tr></table></article>
            """));

        Assert.Contains("| Month | Rain (mm) |", parsed.Body);
        Assert.Contains("| May | 12 |", parsed.Body);
        Assert.Equal(1, parsed.Report.Tables);
    }

    [Fact]
    public void A_blockquote_becomes_a_quotation()
    {
        var parsed = HtmlImport.Parse(HtmlImport.Page("""
            <article><h1>Speech</h1><p>The minister said this to the assembly on Monday morning:</p>
            <blockquote><p>We will not let the valley go dry.</p></blockquote><p>The assembly then adjourned.</p></article>
            """));

        Assert.Contains("> We will not let the valley go dry.", parsed.Body);
    }

    [Fact]
    public void Images_not_found_beside_the_page_are_left_out_and_listed_with_their_alt_text_or_caption()
    {
        var seed = HtmlImport.Read(HtmlImport.Page("""
            <article><h1>Dam</h1><p>The dam was finished in 1962 and has not been raised since then.</p>
            <img src="dam.jpg" alt="The dam in spring"><figure><img src="map.png" alt="map"><figcaption>Map of the valley</figcaption></figure></article>
            """));

        Assert.Equal(["image left out (file not found beside the page): dam.jpg \"The dam in spring\"", "image left out (file not found beside the page): map.png \"Map of the valley\""], seed.LeftOut);
        Assert.Empty(seed.Images);
        Assert.DoesNotContain("Map of the valley", seed.Text);
    }

    [Fact]
    public void A_page_nested_too_deep_is_refused_naming_the_file()
    {
        var html = HtmlImport.Page(string.Concat(Enumerable.Repeat("<div>", 5000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 5000)));

        var error = Assert.Throws<SiteException>(() => HtmlImport.Read(html, "seeds/deep.html"));
        Assert.StartsWith("seeds/deep.html", error.Diagnostic.ToString());
        Assert.Contains("nested too deep", error.Diagnostic.ToString());
    }

    [Fact]
    public void A_page_of_only_scripts_and_navigation_is_an_error_naming_the_file()
    {
        var error = Assert.Throws<SiteException>(() => HtmlImport.Read(HtmlImport.Page("<nav><a href='/'>Home</a></nav><script>var text = 'not shown';</script>"), "seeds/empty.html"));

        Assert.Contains("seeds/empty.html", error.Diagnostic.ToString());
    }

    [Fact]
    public void A_declared_windows_1256_charset_is_honoured()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body><article><h1>المياه</h1><p>انخفض منسوب النهر ثلاثة صيوف متتالية في الوادي.</p></article></body></html>";

        var seed = HtmlSeedReader.Read(Encoding.GetEncoding(1256).GetBytes(html), "seeds/old.htm");

        Assert.Contains("انخفض منسوب النهر", seed.Text);
    }

    [Theory]
    [InlineData("seeds/a.html", true)]
    [InlineData("seeds/a.HTM", true)]
    [InlineData("seeds/a.txt", true)]
    [InlineData("seeds/a.pdf", true)]
    [InlineData("seeds/seeds.yml", false)]
    public void Import_reads_html_and_htm_seeds_beside_txt_and_pdf(string path, bool seed) =>
        Assert.Equal(seed, SeedReader.IsSeed(path));
}
