using System.Globalization;

namespace BriefingSite.Tests.Theme;

/// <summary>Issue 15's reading defects that live in the stylesheet, checked on the rules themselves (Chromium may be absent).</summary>
public sealed class ReaderStylesheetTests
{
    private const string Phone = "(max-width: 30rem)";
    private const string Print = "print";
    private readonly CssRules _css = CssRules.Theme();

    [Fact]
    public void Arabic_section_headings_stay_clearly_above_the_arabic_body_text_on_phones_and_wide_screens()
    {
        var body = Rem(_css.Value("html:lang(ar) body", "font-size"));
        var wide = Rem(_css.Value("html:lang(ar) h2", "font-size"));
        var phone = Rem(_css.Value("html:lang(ar) h2", "font-size", Phone));
        Assert.True(wide >= 1.25 * body, $"Arabic h2 {wide}rem over body {body}rem");
        Assert.True(phone >= 1.25 * body, $"Arabic h2 on phones {phone}rem over body {body}rem");
    }

    [Fact]
    public void The_search_link_has_its_own_place_beside_the_navigation_not_a_third_header_row()
    {
        var areas = _css.Value(".site-header__inner", "grid-template-areas")!;
        var area = _css.Value(".search-link", "grid-area");
        Assert.Equal("search", area);
        Assert.Equal(2, areas.Split('"', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length);
        Assert.Contains("\"nav search\"", areas, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".search-form input")]
    [InlineData(".search-form button")]
    public void The_search_field_and_button_are_styled_by_the_theme(string selector)
    {
        Assert.NotNull(_css.Value(selector, "border"));
        Assert.NotNull(_css.Value(selector, "padding"));
        Assert.Equal("inherit", _css.Value(selector, "font"));
    }

    [Theory]
    [InlineData(".prose", 0.515, 65, 75)]
    [InlineData("html:lang(ar) .prose", 0.40, 65, 75)]
    public void Lines_of_text_hold_65_to_75_characters(string selector, double emPerCharacter, int fewest, int most)
    {
        // Average advance per character measured at 1280 px: English ~0.515 em (84 characters in
        // 736 px at 17 px), Arabic Naskh ~0.40 em (96 characters in 736 px at 19 px).
        var measure = _css.Value(selector, "max-inline-size")!;
        Assert.EndsWith("em", measure, StringComparison.Ordinal);
        var characters = double.Parse(measure[..^2], CultureInfo.InvariantCulture) / emPerCharacter;
        Assert.InRange(characters, fewest, most);
    }

    [Fact]
    public void The_note_in_the_other_language_shows_only_where_the_language_switcher_leads() =>
        Assert.Equal("none", _css.Value(".no-translation:not(:target)", "display"));

    [Fact]
    public void Print_gives_the_page_address_and_the_publishers_address_and_one_rule_at_the_top()
    {
        Assert.Equal("none", _css.Value(".print-address", "display"));
        Assert.StartsWith("block", _css.Value(".print-address", "display", Print), StringComparison.Ordinal);
        Assert.Contains("attr(href)", _css.Value(".briefing__facts a[href^=\"http\"]::after", "content", Print), StringComparison.Ordinal);
        Assert.Equal("0", _css.Value(".prose > h2:first-child", "border-block-start", Print));
    }

    [Fact]
    public void Note_jumps_land_below_the_top_edge_and_note_numbers_are_24_px_targets()
    {
        Assert.NotNull(_css.Value(".footnotes li", "scroll-margin-block-start"));
        Assert.NotNull(_css.Value(".prose [id]", "scroll-margin-block-start"));
        Assert.Equal("24px", _css.Value("a.footnote-ref", "min-inline-size"));
        Assert.Equal("24px", _css.Value("a.footnote-ref", "min-block-size"));
        Assert.Equal("inline-block", _css.Value("a.footnote-ref", "display"));
    }

    private static double Rem(string? value)
    {
        Assert.NotNull(value);
        Assert.EndsWith("rem", value, StringComparison.Ordinal);
        return double.Parse(value[..^3], CultureInfo.InvariantCulture);
    }
}
