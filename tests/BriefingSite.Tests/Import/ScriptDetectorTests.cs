using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class ScriptDetectorTests
{
    [Theory]
    [InlineData("العمل الحزبي في العراق إلى أين؟", ScriptDetector.Arabic)]
    [InlineData("The New Landscape of Iranian Politics", ScriptDetector.Latin)]
    [InlineData("مركز البيان Al-Bayan Center للدراسات والتخطيط", ScriptDetector.Arabic)]
    public void Detects_the_dominant_script(string text, string expected) =>
        Assert.Equal(expected, ScriptDetector.Detect(text));
}
