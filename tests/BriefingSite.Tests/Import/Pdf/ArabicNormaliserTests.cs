using BriefingSite.Import.Pdf;

namespace BriefingSite.Tests.Import.Pdf;

public sealed class ArabicNormaliserTests
{
    [Fact]
    public void Presentation_forms_become_base_letters() =>
        Assert.Equal("الأمريكية", ArabicNormaliser.Normalise("ﺍﻷﻣﺮﻳﻜﻴﺔ"));

    [Theory]
    [InlineData("ﻻ", "لا")]
    [InlineData("ﻼ", "لا")]
    [InlineData("ﻷ", "لأ")]
    [InlineData("ﻸ", "لأ")]
    [InlineData("ﻹ", "لإ")]
    [InlineData("ﻺ", "لإ")]
    [InlineData("ﻵ", "لآ")]
    [InlineData("ﻶ", "لآ")]
    public void Lam_alef_ligatures_expand_to_lam_then_alef(string ligature, string letters) =>
        Assert.Equal(letters, ArabicNormaliser.Normalise(ligature));

    [Fact]
    public void A_lam_alef_ligature_in_a_visual_line_comes_out_lam_first()
    {
        // الإسلام as a PDF places it: م, the lam-alef ligature, س, the lam-alef-hamza-below ligature, ا.
        var visual = "ﻡﻼﺳﻹﺍ";
        Assert.Equal("الإسلام", ArabicNormaliser.Normalise(BidiReordererTests.Logical(visual, LineDirection.RightToLeft)));
    }

    [Fact]
    public void Tatweel_used_for_justification_is_removed() =>
        Assert.Equal("الخارجية", ArabicNormaliser.Normalise("الخـــارجيـة"));

    [Fact]
    public void Persian_letters_and_zero_width_non_joiner_are_kept()
    {
        const string Persian = "می\u200Cخواهم یک گل پرچم ژاله";
        Assert.Equal(Persian, ArabicNormaliser.Normalise(Persian));
        Assert.Equal("پچژگکی", ArabicNormaliser.Normalise("ﭖﭺﮊﮒﮎﯼ"));
    }

    [Fact]
    public void Superscripts_and_fractions_stay_while_latin_ligatures_open()
    {
        Assert.Equal("x² ½ ¹", ArabicNormaliser.Normalise("x² ½ ¹"));
        Assert.Equal("final offer", ArabicNormaliser.Normalise("\uFB01nal o\uFB00er"));
    }
}
