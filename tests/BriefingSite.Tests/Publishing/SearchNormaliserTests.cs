using BriefingSite.Publishing.Search;

namespace BriefingSite.Tests.Publishing;

/// <summary>The C# side of the shared table; OfflineSearchTests runs the same table through search.js in Chromium.</summary>
public sealed class SearchNormaliserTests
{
    [Theory]
    [MemberData(nameof(NormalisationTable.WordCases), MemberType = typeof(NormalisationTable))]
    public void A_word_gives_the_term_in_the_shared_table(string word, string term) =>
        Assert.Equal(term, SearchNormaliser.Normalise(word));

    [Fact]
    public void A_text_gives_the_terms_in_the_shared_table()
    {
        Assert.NotEmpty(NormalisationTable.Texts);
        foreach (var (text, terms) in NormalisationTable.Texts)
        {
            Assert.Equal(terms, SearchNormaliser.Terms(text).ToArray());
        }
    }

    [Theory]
    [InlineData("الانتخابات", "انتخابات")]
    [InlineData("العراق", "عراق")]
    [InlineData("إيران", "ايران")]
    public void Forms_readers_type_interchangeably_give_one_term(string a, string b) =>
        Assert.Equal(SearchNormaliser.Normalise(a), SearchNormaliser.Normalise(b));
}
