using BriefingSite.Content.Translations;

namespace BriefingSite.Tests.Translations;

/// <summary>The fingerprint a translation records changes with what a reader sees, not with how the file is laid out.</summary>
public sealed class TextFingerprintTests
{
    private const string Body = "\nFirst paragraph.\n\n## Section\n\nSecond paragraph.\n";

    [Theory]
    [InlineData("\r\nFirst paragraph.\r\n\r\n## Section\r\n\r\nSecond paragraph.\r\n")]
    [InlineData("First paragraph.   \n\n\n\n## Section\n\nSecond paragraph.\n\n\n")]
    [InlineData("\n\n\u2067First paragraph.\u2069\n\n## Section\n\nSecond paragraph.")]
    public void Layout_alone_does_not_change_it(string laidOut) =>
        Assert.Equal(TextFingerprint.Of("Title", Body), TextFingerprint.Of(" Title ", laidOut));

    [Theory]
    [InlineData("Title", "\nFirst paragraph.\n\n## Section\n\nSecond paragraph, revised.\n")]
    [InlineData("Title", "\nFirst paragraph.\n## Section\n\nSecond paragraph.\n")]
    [InlineData("New title", Body)]
    public void A_change_to_the_text_or_the_title_does(string title, string body) =>
        Assert.NotEqual(TextFingerprint.Of("Title", Body), TextFingerprint.Of(title, body));
}
