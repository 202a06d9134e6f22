using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>The repairs on lines as pdftotext writes them from Chromium-printed Arabic PDFs (corpus texts).</summary>
public class RtlVisualOrderRepairTests
{
    [Theory]
    [InlineData("رئيس السلطة الفلسطينية محمود عباس ،حيث ناقش", "رئيس السلطة الفلسطينية محمود عباس، حيث ناقش")]
    [InlineData("وزير الخارجية أنطوني ج .بلينكن اليوم", "وزير الخارجية أنطوني ج. بلينكن اليوم")]
    [InlineData("ابتداء من عام  1999تم بدء التعامل", "ابتداء من عام 1999 تم بدء التعامل")]
    [InlineData("في  1كانون الثاني", "في 1 كانون الثاني")]
    [InlineData("مكتب المتحدث الرسمي\n 12أيار/مايو 2021", "مكتب المتحدث الرسمي\n12 أيار/مايو 2021")]
    [InlineData("وزارة الخارجية األمريكية", "وزارة الخارجية الأمريكية")]
    [InlineData("من اإلمارات واآلن", "من الإمارات والآن")]
    public void Visual_order_faults_in_Arabic_lines_are_undone(string line, string expected) =>
        Assert.Equal(expected, RtlVisualOrderRepair.Fix(line));

    [Theory]
    [InlineData("عباس، حيث ناقش في عام 1999 تم")]
    [InlineData("سأل الوزير عن ألمانيا والأمريكيين")]
    [InlineData("Version .NET 8 and  1999was typed badly")]
    [InlineData("قيمة 1.5990$ دولار، أي 0,8225 دولار")]
    public void Text_written_correctly_is_left_as_it_is(string line) =>
        Assert.Equal(line, RtlVisualOrderRepair.Fix(line));
}
