using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Given a chart flattened to text (axis numbers, legend labels, a source note), its short labels are not headings; a heading over body text still is.</summary>
public sealed class ChartResidueTests
{
    private static List<string> Headings(params string[] paragraphs) =>
        [.. HeadingDetector.Detect([.. paragraphs.Select((text, i) => new ParagraphNode(text, 1 + (2 * i)))]).OfType<HeadingNode>().Select(h => h.Text)];

    [Fact]
    public void An_axis_label_over_a_source_note_is_not_a_heading()
    {
        Assert.Empty(Headings("Production rose for two decades and then fell.", "1970 1990 2005", "Year", "Source: GAO analysis of Energy Information Administration data."));
    }

    [Fact]
    public void A_legend_label_over_a_number_or_a_short_label_is_not_a_heading()
    {
        Assert.Empty(Headings("Reserves are held by a few countries.", "Venezuela", "97.8", "High", "Political risk unknown"));
        Assert.Empty(Headings("تملك بلدان قليلة معظم الاحتياطي.", "فنزويلا", "97.8", "مرتفع", "خطر غير معروف"));
    }

    [Fact]
    public void A_label_over_a_row_of_bracketed_chart_keys_is_not_a_heading()
    {
        Assert.Empty(Headings("Figure 5 shows the estimates of the studies we examined.", "After 2030", "(r) (q) (p) (o)", "After 2020", "(n) (m) (l) (k) (j) 2000"));
        Assert.Empty(Headings("يبين الشكل 5 تقديرات الدراسات التي فحصناها.", "بعد 2030", "(أ) (ب) (ج) (د)", "بعد 2020", "(هـ) (و) (ز) (ح) 2000"));
    }

    [Fact]
    public void A_short_label_right_after_a_row_of_numbers_is_not_a_heading_even_over_text()
    {
        Assert.Empty(Headings("Demand grows in every projection.", "2010 2020 2030", "OPEC", "Non-OPEC producers supply the rest of the market in this projection."));
    }

    [Fact]
    public void A_heading_over_a_paragraph_stays_a_heading_in_both_languages()
    {
        Assert.Equal(["Background"], Headings("The report opens.", "Background", "Oil accounts for one-third of the energy used in the world."));
        Assert.Equal(["خلفية"], Headings("يبدأ التقرير هنا.", "خلفية", "يمثل النفط ثلث الطاقة المستخدمة في العالم."));
    }
}
