using BriefingSite.Publishing;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Publishing;

public sealed class XmlValidatorTests
{
    [Fact]
    public void Well_formed_feeds_pass() =>
        Assert.Empty(XmlValidator.Validate([new OutputFile("feed.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>ok</title></feed>")]));

    [Fact]
    public void A_feed_that_does_not_parse_is_reported_with_file_and_line()
    {
        var problem = Assert.Single(XmlValidator.Validate(
        [
            new OutputFile("ar/index.html", "<p>not xml & fine</p>"),
            new OutputFile("ar/feed.xml", "<feed>\n<title>broken</titel>\n</feed>"),
        ]));

        Assert.Equal("ar/feed.xml", problem.File);
        Assert.Equal(2, problem.Line);
        Assert.Contains("not well-formed XML", problem.Message, StringComparison.Ordinal);
    }
}
