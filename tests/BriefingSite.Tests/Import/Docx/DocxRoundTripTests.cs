using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Tests.Import.Corpus;
using BriefingSite.Tests.Support;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Import.Docx;

/// <summary>
/// Real texts with headings, notes, lists and a table (see RoundTrip/README.md), written as Word
/// files and imported back: every heading at its level, every note with its text, at least
/// 99.5 % of the words in order, and every Arabic sentence character for character.
/// </summary>
public partial class DocxRoundTripTests(ITestOutputHelper output)
{
    private const double WordsInOrder = 0.995;

    [Theory]
    [InlineData("en_merip-gao.source.md", false)]
    [InlineData("ar_bayan.source.md", true)]
    public void A_real_text_written_as_docx_imports_back_whole(string name, bool rightToLeft)
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BriefingSite.Tests", "Import", "Docx", "RoundTrip", name));

        var parsed = DocxImport.Parse(new DocxFixtureWriter { RightToLeft = rightToLeft }.Write(source));

        var body = "\n" + parsed.Body + "\n";
        foreach (Match heading in Heading().Matches(source))
        {
            Assert.Contains("\n" + heading.Value.TrimEnd() + "\n", body);
        }

        var notes = NoteDefinition().Matches(source).Select(m => Plain(m.Groups["text"].Value)).ToList();
        var imported = NoteDefinition().Matches(Unescape(parsed.Body)).Select(m => Plain(m.Groups["text"].Value)).ToList();
        Assert.Equal(notes, imported);

        var expected = CorpusNormaliser.Words(string.Join('\n', Texts(source)));
        var found = CorpusNormaliser.Words(parsed.Meta.Title + "\n" + Unescape(parsed.Body));
        var inOrder = InOrder(expected, found);
        output.WriteLine($"{name}: {Heading().Count(source)} headings, {notes.Count} notes, {inOrder}/{expected.Length} words in order ({100.0 * inOrder / expected.Length:0.00} %)");
        Assert.True(inOrder >= WordsInOrder * expected.Length, $"{InOrder(expected, found)} of {expected.Length} words in order");

        var plainBody = Plain(Unescape(parsed.Body));
        foreach (var text in Texts(source).Where(_ => rightToLeft))
        {
            Assert.Contains(Plain(text), plainBody + Plain(parsed.Meta.Title));
        }
    }

    /// <summary>Each paragraph, list item, heading and table cell of the source, without its Markdown.</summary>
    private static IEnumerable<string> Texts(string source) =>
        source.Split('\n')
            .Where(l => !l.StartsWith("| ---", StringComparison.Ordinal))
            .SelectMany(l => l.StartsWith('|') ? l.Trim('|').Split('|') : [l])
            .Select(l => NoteReference().Replace(Marker().Replace(l, ""), ""))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);

    /// <summary>NFC, one space between words, no note references: the text compared character for character.</summary>
    private static string Plain(string text) =>
        Spaces().Replace(NoteReference().Replace(text, ""), " ").Trim().Normalize(NormalizationForm.FormC);

    private static string Unescape(string markdown) => Escape().Replace(markdown, "$1");

    /// <summary>The length of the longest common subsequence: how many words survive in their order.</summary>
    private static int InOrder(string[] expected, string[] found)
    {
        var previous = new int[found.Length + 1];
        var current = new int[found.Length + 1];
        foreach (var word in expected)
        {
            for (var j = 1; j <= found.Length; j++)
            {
                current[j] = word == found[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[found.Length];
    }

    [GeneratedRegex(@"(?m)^#{2,6} .+$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?m)^\[\^[^\]]+\]: ?(?<text>.*)$")]
    private static partial Regex NoteDefinition();

    [GeneratedRegex(@"\[\^[^\]]+\](?::)?")]
    private static partial Regex NoteReference();

    [GeneratedRegex(@"^(?:#{1,6} |\s*(?:\d+\.|-) )")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();
}
