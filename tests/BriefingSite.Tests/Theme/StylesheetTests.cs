using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Theme;

/// <summary>The theme has one stylesheet for both directions: logical properties only, no inline styles.</summary>
public sealed class StylesheetTests
{
    private static readonly string ThemeFolder = Path.Combine(RepoPaths.Root, "theme");

    [Theory]
    [InlineData("a { margin-left: 1rem; }")]
    [InlineData("a { padding-right: 1rem }")]
    [InlineData("a { border-left: 1px solid; }")]
    [InlineData("a { border-top-right-radius: 2px; }")]
    [InlineData("a { left: 0; }")]
    [InlineData("a {\n  right: 2px;\n}")]
    [InlineData("a { text-align: left; }")]
    [InlineData("a { text-align: RIGHT; }")]
    [InlineData("a { float: right; }")]
    [InlineData("a { clear: left; }")]
    [InlineData("a { background-position: right top; }")]
    [InlineData("a { margin: 0 1rem 0 2rem; }")]
    [InlineData("a { padding: 1px 2px 3px 4px }")]
    [InlineData("@media print { .x { margin-right: 1px } }")]
    public void The_scanner_flags_physical_direction(string css) =>
        Assert.Single(PhysicalDirectionScanner.Scan(css));

    [Theory]
    [InlineData("a { margin-inline-start: 1rem; padding-inline: 1rem 2rem; }")]
    [InlineData("a { inset-inline-end: 0; inset-block-start: 0; }")]
    [InlineData("a { text-align: start; float: inline-end; }")]
    [InlineData("a { border-inline-start: 4px solid; border-start-end-radius: 2px; }")]
    [InlineData("a { margin: 0 1rem; padding: 1px 2px 3px 2px; }")]
    [InlineData("a::after { content: \"left or right\"; direction: ltr; }")]
    [InlineData("/* margin-left: 1rem */ a { color: red; }")]
    [InlineData("a:hover, .bright-light { text-orientation: upright; }")]
    public void The_scanner_accepts_logical_properties(string css) =>
        Assert.Empty(PhysicalDirectionScanner.Scan(css));

    [Fact]
    public void The_theme_css_uses_no_physical_direction()
    {
        var files = Directory.EnumerateFiles(ThemeFolder, "*.css", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        var problems = files
            .SelectMany(f => PhysicalDirectionScanner.Scan(File.ReadAllText(f)).Select(p => $"{Path.GetRelativePath(RepoPaths.Root, f)} {p}"))
            .ToList();
        Assert.True(problems.Count == 0, "physical direction in theme CSS (use inline/block start/end):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Templates_carry_no_inline_styles_or_alignment_attributes()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(ThemeFolder, "layouts"), "*.sbn", SearchOption.AllDirectories)
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"\s(style|align)\s*="))
            .ToList();
        Assert.Empty(offenders);
    }
}
