using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;

namespace BriefingSite.Tests.Hardening;

/// <summary>YAML is checked from parser events: duplicate keys at any depth are errors, and every value's line is known.</summary>
public sealed class YamlShapeTests
{
    [Theory]
    [InlineData("---\ntitle: T\nlang: en\nabstracts:\n  ar: a\n  ar: b\n---\nx", 6, "key 'ar' is written twice")]
    [InlineData("---\ntitle: T\nTitle: U\nlang: en\n---\nx", 3, "key 'Title' is written twice")]
    [InlineData("---\ntitle: T\nlang: en\nsource:\n  file: a\n  sha256: b\n  file: c\n---\nx", 7, "key 'file' is written twice")]
    [InlineData("---\ntitle: T\nlang: en\nsource:\n  fille: a\n---\nx", 5, "Did you mean 'file'?")]
    public void Duplicate_and_unknown_keys_at_any_depth_are_errors_at_their_line(string text, int line, string message)
    {
        var error = Assert.Throws<SiteException>(() => MarkdownFile.Parse(text, "input/en/a.md"));

        Assert.Equal(line, error.Diagnostic.Line);
        Assert.Contains(message, error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_has_its_line_by_path()
    {
        var parsed = MarkdownFile.Parse("---\ntitle: T\nlang: en\nauthors:\n  - A\n  - B\nabstracts:\n  ar: a\n  fa: b\n---\nx", "input/en/a.md");

        Assert.Equal(2, parsed.LineOf("title"));
        Assert.Equal(6, parsed.LineOf("authors[1]"));
        Assert.Equal(9, parsed.LineOf("abstracts.fa"));
        Assert.Equal(3, parsed.LineOf("lang"));
        Assert.Equal(1, parsed.LineOf("summary"));
    }

    [Fact]
    public void Keys_of_a_map_in_site_yml_are_checked_too()
    {
        var yaml = "default_language: en\nlanguages:\n  - code: en\n    code: ar\n";

        var error = Assert.Throws<SiteException>(() => YamlLoader.Load<SiteConfig>(yaml, "site.yml"));

        Assert.Equal(4, error.Diagnostic.Line);
        Assert.Contains("key 'code' is written twice", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_reported_at_its_line()
    {
        var error = Assert.Throws<SiteException>(() => YamlLoader.Load<SiteConfig>("default_language: en\n\nlist_page_size: many\n", "site.yml"));

        Assert.Equal(3, error.Diagnostic.Line);
        Assert.Contains("invalid value", error.Diagnostic.Message, StringComparison.Ordinal);
    }
}
