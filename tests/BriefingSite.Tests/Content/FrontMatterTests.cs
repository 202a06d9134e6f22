using BriefingSite.Content;
using BriefingSite.Diagnostics;

namespace BriefingSite.Tests.Content;

public sealed class FrontMatterTests
{
    [Fact]
    public void Reads_front_matter_and_remembers_where_the_body_starts()
    {
        var file = MarkdownFile.Parse("---\ntitle: T\nlang: en\nauthors: [A, B]\n---\n\nBody\n", "x.md");
        Assert.Equal("T", file.Meta.Title);
        Assert.Equal(["A", "B"], file.Meta.Authors);
        Assert.Equal("\nBody\n", file.Body);
        Assert.Equal(6, file.BodyStartLine);
        Assert.Equal(3, file.LineOf("lang"));
    }

    [Fact]
    public void An_unknown_key_names_file_line_and_the_closest_known_key()
    {
        var error = Assert.Throws<SiteException>(() => MarkdownFile.Parse("---\ntitle: T\nauthr: [A]\n---\nBody", "input/en/x.md"));
        Assert.Equal(("input/en/x.md", 3), (error.Diagnostic.File, error.Diagnostic.Line));
        Assert.Contains("'authr'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'authors'?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: T\n", "missing front-matter")]
    [InlineData("---\ntitle: T\n", "not closed")]
    [InlineData("---\ntitle: [unclosed\n---\n", "invalid YAML")]
    public void Malformed_front_matter_is_a_clear_error(string text, string expected)
    {
        var error = Assert.Throws<SiteException>(() => MarkdownFile.Parse(text, "x.md"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.True(error.Diagnostic.Line > 0);
    }
}
