using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Arabic-script languages told apart by their own letters and common words; a language the site lacks is an error.</summary>
public sealed class LanguageDetectorTests
{
    private const string Persian = "نوروز زمان مرور وقایع اخیر است. ایالات متحده از آنانی که درپی بازپس گرفتن حقوق خود هستند، حمایت می کند و این را می گوید.";
    private const string Arabic = "قال الوزير إن هذا الاتفاق هو الخطوة التي انتظرها الجميع في المنطقة، وإن الحكومة ستعمل على تنفيذه.";
    private const string Urdu = "وزیر خارجہ نے کہا کہ پاکستان اور امریکہ کے درمیان تعلقات بہت اہم ہیں اور یہ ملاقات مفید رہی۔";
    private const string Kurdish = "ئەم ڕاپۆرتە لە بارەی هەڵبژاردنەکانی کوردستان دەدوێت و بۆ خوێنەران ئامادە کراوە.";

    [Theory]
    [InlineData(Persian, "fa")]
    [InlineData(Arabic, "ar")]
    [InlineData(Urdu, "ur")]
    [InlineData(Kurdish, "ckb")]
    [InlineData("The Guardian Council rejected the candidates.", "en")]
    public void The_language_is_told_by_letters_and_common_words(string text, string code) =>
        Assert.Equal(code, LanguageDetector.Detect(text));

    [Fact]
    public void Arabic_typed_with_persian_yeh_and_kaf_is_still_arabic()
    {
        var typedOnPersianKeyboard = Arabic.Replace('ي', 'ی').Replace('ك', 'ک');
        Assert.Equal("ar", LanguageDetector.Detect(typedOnPersianKeyboard));
    }

    [Fact]
    public void A_persian_seed_on_a_site_without_persian_is_an_error_saying_how_to_add_it()
    {
        var error = Assert.Throws<SiteException>(() => SeedParsing.Parse("بیانیه نوروز\n\n" + Persian, file: "seeds/nowruz.txt"));
        Assert.Equal("seeds/nowruz.txt", error.Diagnostic.File);
        Assert.Contains("Persian (fa", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("site.yml", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("theme/i18n/fa.yml", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_persian_seed_on_a_site_with_persian_becomes_persian()
    {
        var config = SeedParsing.Config with
        {
            Languages = [.. SeedParsing.Config.Languages, new LanguageConfig { Code = "fa", Name = "فارسی", Direction = "rtl", Script = "arabic", Culture = "fa-IR" }],
        };
        Assert.Equal("fa", LanguageChooser.Choose("seeds/nowruz.txt", Persian, config));
        Assert.Equal("ar", LanguageChooser.Choose("seeds/statement.txt", Arabic, config));
    }
}
