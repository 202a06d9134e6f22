using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Site;

/// <summary>Issue 15's reader-facing defects, on the repository's site as built: what a reader sees on a briefing and the root page.</summary>
public sealed partial class ReaderPageTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    private const string Arabic = "ar/briefings/party-politics-in-iraq-where-to.html";
    private const string English = "en/briefings/the-new-landscape-of-iranian-politics.html";

    [Fact]
    public void The_note_in_the_other_language_does_not_repeat_a_briefing_the_related_section_shows()
    {
        foreach (var path in new[] { Arabic, English })
        {
            var page = site.Pages[path];
            var related = page.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")).ToHashSet();
            var repeated = page.QuerySelectorAll(".no-translation a").Select(a => a.GetAttribute("href")).Where(related.Contains);
            Assert.Empty(repeated);
        }
    }

    [Fact]
    public void Seed_file_names_are_never_shown_to_readers()
    {
        foreach (var (path, page) in site.Pages)
        {
            Assert.False(SeedName().IsMatch(page.Body!.TextContent), path + " shows a seed file name");
        }
    }

    [Fact]
    public void The_english_citation_has_curly_quotes_a_comma_after_the_author_and_the_pages_address()
    {
        var page = site.Pages[English];
        var citation = page.QuerySelector(".citation p")!;
        Assert.StartsWith("Morad Saghafi, “The New Landscape of Iranian Politics,” Middle East Report 233 (Winter 2004).", citation.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", citation.TextContent, StringComparison.Ordinal);
        Assert.Equal(Canonical(page), citation.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_arabic_citation_names_the_publisher_once_and_gives_the_pages_address()
    {
        var page = site.Pages[Arabic];
        var citation = page.QuerySelector(".citation p")!;
        Assert.Single(Regex.Matches(citation.TextContent, "مركز البيان للدراسات والتخطيط"));
        Assert.StartsWith("خضير عباس الدهلكي، «العمل الحزبي في العراق إلى أين؟»، سلسلة إصدارات مركز البيان للدراسات والتخطيط، 2023.", citation.TextContent, StringComparison.Ordinal);
        Assert.Equal(Canonical(page), citation.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData(Arabic, "قراءة")]
    [InlineData(English, "read")]
    public void The_reading_time_under_its_label_does_not_say_reading_twice(string path, string word)
    {
        var value = site.Pages[path].QuerySelectorAll(".briefing__facts div").Single(d => d.QuerySelector("dt")!.TextContent.Contains(word == "read" ? "Reading" : "القراءة", StringComparison.Ordinal)).QuerySelector("dd")!;
        Assert.DoesNotContain(word, value.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"\d", value.TextContent);
    }

    [Fact]
    public void The_translator_credit_keeps_the_language_translated_from() =>
        Assert.Contains("Translated from French by Kaveh Ehsani", site.Pages[English].QuerySelector(".briefing__byline")!.TextContent, StringComparison.Ordinal);

    [Fact]
    public void The_publishers_email_is_shown_as_a_mail_link() =>
        Assert.Equal("mailto:info@bayancenter.org", site.Pages[Arabic].QuerySelector(".publisher-box a[href^='mailto:']")?.GetAttribute("href"));

    [Theory]
    [InlineData(Arabic)]
    [InlineData(English)]
    public void A_printed_briefing_carries_its_address(string path)
    {
        var page = site.Pages[path];
        Assert.Equal(Canonical(page), page.QuerySelector(".print-address a")?.TextContent);
    }

    [Theory]
    [InlineData(English, "Notes", "Back to note reference")]
    public void The_notes_list_has_a_heading_and_every_back_link_a_name(string path, string heading, string label)
    {
        var notes = site.Pages[path].QuerySelector(".footnotes")!;
        Assert.Equal(heading, notes.QuerySelector("h2")!.TextContent);
        Assert.Equal(notes.QuerySelector("h2")!.Id, notes.GetAttribute("aria-labelledby"));
        var backLinks = notes.QuerySelectorAll("a.footnote-back-ref");
        Assert.Equal(17, backLinks.Length);
        Assert.All(backLinks, a => Assert.StartsWith(label, a.GetAttribute("aria-label"), StringComparison.Ordinal));
    }

    [Fact]
    public void The_bilingual_root_page_names_the_site_in_both_languages_and_never_says_it_lacks_a_language()
    {
        var root = site.Pages["index.html"];
        var titles = root.QuerySelectorAll(".site-header [lang]").Select(e => e.GetAttribute("lang")).ToList();
        Assert.Contains("ar", titles);
        Assert.Contains("en", titles);
        Assert.Empty(root.QuerySelectorAll(".site-header a[title]"));
        Assert.Empty(root.QuerySelectorAll(".site-nav"));
    }

    private static string Canonical(IDocument page) => page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;

    [GeneratedRegex(@"\d{3}_[0-9a-f]{16}\.(txt|pdf|html|docx)")]
    private static partial Regex SeedName();
}
