using BriefingSite.Publishing.Pdf;

namespace BriefingSite.Tests.Publishing.Pdf;

/// <summary>Given the key a previous build listed for a PDF, the key of the page now says whether that PDF can be kept.</summary>
public sealed class PdfKeyTests
{
    private static readonly PrintedContent Printed = new(PrintRules.Read("@media print { .related { display: none; } }"));
    private static readonly string Page = "<!DOCTYPE html><html><head></head><body><p>Text</p><nav class=\"related\">A title</nav></body></html>";

    [Fact]
    public void An_unchanged_page_keeps_its_key_and_is_not_parsed_again()
    {
        var first = PdfKey.Of(Page, null, Printed, Hash);
        var hashed = new List<string>();

        var again = PdfKey.Of(Page, PdfKey.Parse(first.ToString()), Printed, text => { hashed.Add(text); return Hash(text); });

        Assert.Equal(first, again);
        Assert.Equal([Page], hashed); // the page's own hash only: its printed part was not read
        Assert.True(again.PrintsAs(first));
    }

    [Fact]
    public void A_page_changed_only_where_paper_hides_it_prints_as_before_and_a_printed_change_does_not()
    {
        var first = PdfKey.Of(Page, null, Printed, Hash);

        var relatedEdited = PdfKey.Of(Page.Replace("A title", "Another title", StringComparison.Ordinal), first, Printed, Hash);
        var textEdited = PdfKey.Of(Page.Replace("<p>Text</p>", "<p>Edited text</p>", StringComparison.Ordinal), first, Printed, Hash);

        Assert.NotEqual(first.Page, relatedEdited.Page);
        Assert.True(relatedEdited.PrintsAs(first));
        Assert.False(textEdited.PrintsAs(first));
    }

    [Fact]
    public void A_key_listed_before_the_printed_part_existed_keeps_its_pdf_while_the_page_is_unchanged()
    {
        var older = PdfKey.Parse(Hash(Page));

        Assert.True(PdfKey.Of(Page, older, Printed, Hash).PrintsAs(older));
        Assert.False(PdfKey.Of(Page.Replace("A title", "Another", StringComparison.Ordinal), older, Printed, Hash).PrintsAs(older));
        Assert.Null(PdfKey.Parse(null));
        Assert.Null(PdfKey.Parse("a b c"));
    }

    private static string Hash(string text) => BriefingSite.Publishing.ArtifactCache.Key(text, "stylesheets");
}
