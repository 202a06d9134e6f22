using BriefingSite.Publishing.Pdf;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing.Pdf;

/// <summary>Given a stylesheet, the rules it gives paper are read: what print hides, and what it shows.</summary>
public sealed class PrintRulesTests
{
    [Fact]
    public void The_themes_print_block_hides_the_screen_parts_and_shows_the_print_address()
    {
        var rules = PrintRules.Read(File.ReadAllText(Path.Combine(RepoPaths.Root, "theme", "assets", "style.css")));

        Assert.Contains(".related", rules.Hidden);
        Assert.Contains(".neighbours", rules.Hidden);
        Assert.Contains(".site-header", rules.Hidden);
        Assert.Contains(".citation__downloads", rules.Hidden);
        Assert.DoesNotContain(".citation", rules.Hidden);
        Assert.Contains(".print-address", rules.Shown);
    }

    [Fact]
    public void Only_plainly_print_queries_count_and_comments_strings_and_nesting_are_read_past()
    {
        var rules = PrintRules.Read("""
            @charset "utf-8";
            .screen-hidden { display: none; }
            @media screen { .on-screen { display: none; } }
            @media not print { .not-print { display: none; } }
            /* @media print { .commented { display: none; } } */
            @media print {
              a::after { content: " { " attr(href) " } "; }
              @page { margin: 2cm; }
              .a, .b > .c, :is(.d, .e) { color: black; display : none !important }
              .f { display: block }
            }
            @media only print and (orientation: portrait) { .g { display: none; } }
            @media screen, print { .h { display:none } }
            """);

        Assert.Equal([".a", ".b > .c", ":is(.d, .e)", ".g", ".h"], rules.Hidden);
        Assert.Equal([".f"], rules.Shown);
    }
}
