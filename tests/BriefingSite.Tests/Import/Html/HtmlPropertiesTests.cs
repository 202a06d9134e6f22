namespace BriefingSite.Tests.Import.Html;

/// <summary>What a page declares about itself (meta tags, JSON-LD, lang) fills the front-matter where the text is silent.</summary>
public class HtmlPropertiesTests
{
    private const string Body = "<article><p>The river has fallen for three summers in a row, and the farms feel it first.</p></article>";

    [Fact]
    public void Open_Graph_and_article_tags_give_title_date_publisher_and_summary()
    {
        var seed = HtmlImport.Read(HtmlImport.Page(Body, """
            <meta property="og:title" content="Water in the Valley"><meta property="og:site_name" content="Valley Institute">
            <meta property="article:published_time" content="2024-07-03T09:00:00+03:00"><meta name="author" content="Lina Haddad">
            <meta name="description" content="Why the river is falling."><link rel="canonical" href="https://valley.example/water">
            """));

        Assert.Equal("Water in the Valley", seed.Properties.Title);
        Assert.Equal(new DateOnly(2024, 7, 3), seed.Properties.Date);
        Assert.Equal("Valley Institute", seed.Properties.Publisher);
        Assert.Equal(["Lina Haddad"], seed.Properties.Authors);
        Assert.Equal("Why the river is falling.", seed.Properties.Summary);
        Assert.Equal("https://valley.example/water", seed.Properties.Url);
        Assert.Equal("en", seed.Properties.LanguageCode);
    }

    [Fact]
    public void Citation_tags_win_over_Open_Graph()
    {
        var seed = HtmlImport.Read(HtmlImport.Page(Body, """
            <meta property="og:title" content="Water | Valley Institute"><meta name="citation_title" content="Water in the Valley">
            <meta name="citation_author" content="Haddad, Lina"><meta name="citation_author" content="Omar Saleh">
            <meta name="citation_publication_date" content="2024/07/03"><meta name="citation_publisher" content="Valley Institute Press">
            """));

        Assert.Equal("Water in the Valley", seed.Properties.Title);
        Assert.Equal(["Haddad, Lina", "Omar Saleh"], seed.Properties.Authors);
        Assert.Equal(new DateOnly(2024, 7, 3), seed.Properties.Date);
        Assert.Equal("Valley Institute Press", seed.Properties.Publisher);
    }

    [Fact]
    public void JSON_LD_NewsArticle_gives_an_Arabic_page_its_headline_authors_date_and_publisher()
    {
        var html = HtmlImport.Page("<article><h1>المياه في الوادي</h1><p>انخفض منسوب النهر ثلاثة صيوف متتالية، وتشعر المزارع أسفل السد بذلك أولاً قبل غيرها.</p></article>", """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
            {"@type":"NewsArticle","headline":"المياه في الوادي","datePublished":"2024-07-03","author":[{"@type":"Person","name":"سارة العلي"}],
            "publisher":{"@type":"Organization","name":"معهد الوادي"}}]}</script>
            """, lang: "ar-IQ", dir: "rtl");
        var parsed = HtmlImport.Parse(html);

        Assert.Equal("المياه في الوادي", parsed.Meta.Title);
        Assert.Equal(["سارة العلي"], HtmlImport.Read(html).Properties.Authors);
        Assert.Equal("2024-07-03", parsed.Meta.Date);
        Assert.Equal("معهد الوادي", parsed.Meta.Publisher);
        Assert.Equal("ar", parsed.Meta.Lang);
    }

    [Fact]
    public void Broken_JSON_LD_and_a_non_http_canonical_link_are_ignored()
    {
        var seed = HtmlImport.Read(HtmlImport.Page(Body, """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":</script><link rel="canonical" href="javascript:alert(1)">
            <meta name="dc.title" content="Water in the Valley"><meta name="DC.date" content="2024-07-03">
            """));

        Assert.Equal("Water in the Valley", seed.Properties.Title);
        Assert.Equal(new DateOnly(2024, 7, 3), seed.Properties.Date);
        Assert.Null(seed.Properties.Url);
    }
}
