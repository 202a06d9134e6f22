using BriefingSite.Rendering.Cards;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Rendering.Cards;

public sealed class TitleFitterTests : IDisposable
{
    private readonly CardFonts _fonts = CardFonts.Load(Path.Combine(RepoPaths.Root, "theme", "fonts"));
    private readonly LineShaper _shaper = new();

    [Fact]
    public void A_short_title_keeps_the_largest_size_on_one_line()
    {
        var fitted = Fit("العمل الحزبي في العراق إلى أين؟", rtl: true, 1000);

        Assert.Equal(TitleFitter.LargestSize, fitted.Size);
        Assert.Single(fitted.Lines);
        Assert.False(fitted.Cut);
    }

    [Fact]
    public void A_longer_title_shrinks_before_it_wraps_past_the_line_limit()
    {
        var title = string.Join(' ', Enumerable.Repeat("Landscape of Iranian Politics", 5));
        var fitted = Fit(title, rtl: false, 1000);

        Assert.True(fitted.Size < TitleFitter.LargestSize, $"size {fitted.Size}");
        Assert.InRange(fitted.Lines.Count, 2, TitleFitter.MaxLines);
        Assert.All(fitted.Lines, l => Assert.True(l.Width <= 1000, $"{l.Text}: {l.Width}"));
        Assert.False(fitted.Cut);
        Assert.Equal(title, string.Join(' ', fitted.Lines.Select(l => l.Text)));
    }

    [Fact]
    public void A_title_too_long_at_the_smallest_size_ends_in_an_ellipsis_on_the_last_line()
    {
        var title = string.Join(' ', Enumerable.Repeat("العمل الحزبي في العراق إلى أين", 12));
        var fitted = Fit(title, rtl: true, 1000);

        Assert.Equal(TitleFitter.SmallestSize, fitted.Size);
        Assert.Equal(TitleFitter.MaxLines, fitted.Lines.Count);
        Assert.True(fitted.Cut);
        Assert.EndsWith(LineWrapper.Ellipsis, fitted.Lines[^1].Text, StringComparison.Ordinal);
        Assert.All(fitted.Lines, l => Assert.True(l.Width <= 1000, $"{l.Text}: {l.Width}"));
    }

    private FittedTitle Fit(string title, bool rtl, float width) =>
        new TitleFitter(_shaper).Fit(title, rtl, _fonts.For(title, bold: true), width);

    public void Dispose()
    {
        _shaper.Dispose();
        _fonts.Dispose();
    }
}
