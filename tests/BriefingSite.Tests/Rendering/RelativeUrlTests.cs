using BriefingSite.Rendering;

namespace BriefingSite.Tests.Rendering;

public sealed class RelativeUrlTests
{
    [Theory]
    [InlineData("index.html", "ar/index.html", "ar/index.html")]
    [InlineData("ar/index.html", "en/index.html", "../en/index.html")]
    [InlineData("ar/briefings/x.html", "ar/briefings/y.html", "y.html")]
    [InlineData("ar/briefings/x.html", "assets/style.css", "../../assets/style.css")]
    [InlineData("ar/topics/iraq.html", "ar/index.html", "../index.html")]
    public void Links_are_relative_and_name_files(string from, string to, string expected) =>
        Assert.Equal(expected, RelativeUrl.Between(from, to));
}
