using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>A translator credit keeps the language it names, so the page can say "Translated from French by".</summary>
public sealed class TranslatorCreditTests
{
    [Theory]
    [InlineData("—Translated from French by Kaveh Ehsani", "Kaveh Ehsani", "French")]
    [InlineData("Translated by Jane Roe", "Jane Roe", null)]
    [InlineData("ترجمة: فلان الفلاني", "فلان الفلاني", null)]
    public void The_credit_gives_the_translator_and_the_language_translated_from(string line, string name, string? from)
    {
        var blocks = SeedParsing.Blocks("Some text.\n\n" + line);

        Assert.Equal(new TranslatorCredit(name, from), TranslatorReader.TakeCredit(blocks));
    }
}
