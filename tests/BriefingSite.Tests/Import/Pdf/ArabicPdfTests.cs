using AngleSharp.Html.Parser;
using BriefingSite.Import.Pdf;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>
/// The two Arabic PDFs Chromium printed from known HTML read back as that HTML's text: every
/// word in logical order, sentence by sentence, with ligatures, harakat, numbers and Latin
/// words where the writer put them.
/// </summary>
public sealed class ArabicPdfTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(PdfFiles.BlinkenAbbas)]
    [InlineData(PdfFiles.EuroWikipedia)]
    public void Extracted_text_has_the_source_words_in_logical_order(string name)
    {
        var (known, extracted) = KnownAndExtracted(name);
        var share = WordOrder.Share(WordOrder.Words(known), WordOrder.Words(extracted));
        var sentences = Sentences(known);
        var verbatim = sentences.Count(s => extracted.Contains(s, StringComparison.Ordinal));
        output.WriteLine($"{name}: {share:P2} of {WordOrder.Words(known).Length} words in logical order; {verbatim} of {sentences.Count} sentences character for character");
        foreach (var missing in sentences.Where(s => !extracted.Contains(s, StringComparison.Ordinal)))
        {
            output.WriteLine("  differs: " + missing);
        }

        Assert.True(share >= 0.995, $"{share:P2} of words in logical order");
        Assert.True(verbatim >= 0.9 * sentences.Count, $"{verbatim} of {sentences.Count} sentences verbatim");
    }

    [Theory]
    [InlineData(PdfFiles.BlinkenAbbas, "تحدث وزير الخارجية أنطوني ج. بلينكن اليوم مع رئيس السلطة الفلسطينية محمود عباس، حيث ناقش الوزير والرئيس العنف في القدس والضفة الغربية وغزة، وأعرب الوزير عن تعازيه في الأرواح التي فقدت نتيجة لذلك.")]
    [InlineData(PdfFiles.BlinkenAbbas, "وأدان الوزير الهجمات الصاروخية وشدّد على ضرورة تهدئة التوترات وإنهاء العنف الحالي.")]
    [InlineData(PdfFiles.BlinkenAbbas, "12 أيار/مايو 2021")]
    [InlineData(PdfFiles.EuroWikipedia, "اليورو الواحد مقسم إلى 100 سنت.")]
    [InlineData(PdfFiles.EuroWikipedia, "في 1 كانون الثاني 1999 تم تحديد قيمة اليورو مقابل العملات المحلية للدول الأعضاء وأصبح اليورو منذ ذلك اليوم عملة بنكية لأول مرة.")]
    [InlineData(PdfFiles.EuroWikipedia, "هذه الدول تشمل: موناكو، سان مارينو والفاتيكان.")]
    [InlineData(PdfFiles.EuroWikipedia, "اليورو أو الأورو أو الأُيرو (\"الرمز الشكلي\":€، \"رمز الإيزو\":EUR)")]
    [InlineData(PdfFiles.EuroWikipedia, "ليبلغ سعر 1.5990$ دولار أمريكي")]
    public void Known_sentences_survive_character_for_character(string name, string sentence) =>
        Assert.Contains(sentence, KnownAndExtracted(name).Extracted, StringComparison.Ordinal);

    [Fact]
    public void Lines_are_right_to_left_and_the_heading_is_larger_and_bold()
    {
        var document = PdfFiles.Read(PdfFiles.BlinkenAbbas);
        var heading = Assert.Single(document.Lines, l => l.Text == "بيان");
        Assert.True(heading.Bold);
        Assert.True(heading.FontSize > document.BodyFontSize * 1.2);
        Assert.Equal(15, document.BodyFontSize);
        Assert.All(document.Lines.Where(l => l.FontSize >= 11 && l.Text.Any(c => c is >= '\u0600' and <= '\u06FF')), l => Assert.Equal(LineDirection.RightToLeft, l.Direction));
        Assert.DoesNotContain(document.Lines, l => l.Text.Any(c => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE'));
    }

    [Fact]
    public void Document_properties_are_exposed()
    {
        var properties = PdfFiles.Read(PdfFiles.BlinkenAbbas).Properties;
        Assert.Equal("وزارة الخارجية الأمريكية", properties.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 18, 49, 34, TimeSpan.Zero), properties.Created);
    }

    /// <summary>The source HTML's text and the PDF's body lines (Chromium's 8 pt header and footer left out), whitespace collapsed.</summary>
    private static (string Known, string Extracted) KnownAndExtracted(string name)
    {
        var html = new HtmlParser().ParseDocument(File.ReadAllText(PdfFiles.Path(name + ".source.html")));
        foreach (var br in html.QuerySelectorAll("br").ToList())
        {
            br.Replace(html.CreateTextNode(" "));
        }

        var known = WordOrder.Collapse(string.Join(" ", html.Body!.Children.Select(e => e.TextContent)));
        var document = PdfFiles.Read(name);
        // A line broken after a hyphen (a long address) continues without a space.
        var extracted = WordOrder.Collapse(string.Join(" ", document.Lines.Where(l => l.FontSize > 9).Select(l => l.Text)).Replace("- ", "-", StringComparison.Ordinal));
        return (known, extracted);
    }

    private static List<string> Sentences(string text) =>
        System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.!?؟:])\s+").Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
}
