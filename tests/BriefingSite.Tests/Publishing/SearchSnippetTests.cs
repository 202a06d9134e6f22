using BriefingSite.Publishing.Search;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

/// <summary>A search result's snippet ends between words, and a page in another language carries its abstract for the reader's language.</summary>
public sealed class SearchSnippetTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    [Fact]
    public void A_long_snippet_is_cut_between_words_never_inside_one()
    {
        var text = string.Concat(Enumerable.Repeat("transformation ", 30));
        var snippet = SearchIndexBuilder.Snippet(text);

        Assert.EndsWith("transformation…", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Length, 150, 201);
    }

    [Fact]
    public void Every_snippet_of_the_built_index_ends_at_a_word_boundary()
    {
        var words = Directory.EnumerateFiles(Path.Combine(site.Site.Root, "input"), "*.md", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var doc in SearchOutput.Read(site.Site.Output).Docs)
        {
            var snippet = doc.GetProperty("snippet").GetString()!;
            if (snippet.EndsWith('…'))
            {
                var last = snippet.TrimEnd('…').Split(' ')[^1];
                Assert.True(words.Any(w => w.StartsWith(last, StringComparison.Ordinal) && w.TrimEnd(',', '.', '،', ';', ':', '؛').Length == last.TrimEnd(',', '.', '،', ';', ':', '؛').Length), $"'{last}' is not a whole word");
            }
        }
    }

    [Fact]
    public void An_english_briefing_carries_its_arabic_abstract_for_arabic_readers()
    {
        var doc = SearchOutput.Read(site.Site.Output).Docs.Single(d => d.GetProperty("url").GetString() == "en/briefings/the-new-landscape-of-iranian-politics.html");
        Assert.StartsWith("مقال من مجلة ميدل إيست ريبورت", doc.GetProperty("abstracts").GetProperty("ar").GetString(), StringComparison.Ordinal);
    }
}
