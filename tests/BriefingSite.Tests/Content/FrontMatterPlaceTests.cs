using BriefingSite.Content;
using BriefingSite.Diagnostics;

namespace BriefingSite.Tests.Content;

/// <summary>
/// Given a front-matter error, the message names the file, and the line and column in the .md file
/// (the YAML's own line offset by the opening <c>---</c>), taken from YamlDotNet's marks and parser
/// events, never from its message text; the words say what is wrong without .NET type names.
/// </summary>
public sealed class FrontMatterPlaceTests
{
    [Theory]
    [InlineData("---\ntitle: T\nlang: en\nyear: many\n---\nx", "4:7: error: invalid value: ")]
    [InlineData("---\ntitle: T\nlang: en\ndraft: maybe\n---\nx", "4:8: error: invalid value: ")]
    [InlineData("---\ntitle: T\nlang: en\nsummary: [a, b]\n---\nx", "4:10: error: invalid value for 'summary': it cannot be a list here")]
    [InlineData("---\ntitle: T\nlang: en\ntopics: {a: b}\n---\nx", "4:9: error: invalid value for 'topics': it cannot be a group of keys and values here")]
    [InlineData("---\ntitle: T\nlang: en\nabstracts: [x]\n---\nx", "4:12: error: invalid value for 'abstracts': it cannot be a list here")]
    [InlineData("---\ntitle: T\nlang: en\nsource: x\n---\nx", "4:9: error: invalid value for 'source': it cannot be a single value here")]
    [InlineData("---\ntitle: T\nauthors: [A, B\nlang: en\n---\nx", "3:10: error: invalid YAML: a '[' or '{' is not closed")]
    [InlineData("---\ntitle: T\nlang: en: x\n---\nx", "3:9: error: invalid YAML: ")]
    [InlineData("---\ntitle: T\nlang: en\n\tdate: 2024-01-01\n---\nx", "4:1: error: invalid YAML: ")]
    [InlineData("---\ntitle: \"T\nlang: en\n---\nx", "2:8: error: invalid YAML: ")]
    [InlineData("---\ntitle: *a\nlang: en\n---\nx", "2:8: error: invalid YAML: ")]
    [InlineData("---\ntitle: T\nlang: en\ntitel: U\n---\nx", "4:1: error: unknown key 'titel'. Did you mean 'title'?")]
    [InlineData("---\ntitle: T\nlang: en\n\nlang: ar\n---\nx", "5:1: error: key 'lang' is written twice in one mapping (first on line 3)")]
    public void A_bad_value_is_reported_at_its_line_and_column_in_the_markdown_file(string text, string expected)
    {
        var error = Assert.Throws<SiteException>(() => MarkdownFile.Parse(text, "input/en/x.md"));

        Assert.StartsWith("input/en/x.md:" + expected, error.Diagnostic.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Line:", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Diagnostic.Message, StringComparison.Ordinal);
    }
}
