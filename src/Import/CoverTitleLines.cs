using System.Globalization;

namespace BriefingSite.Import;

/// <summary>
/// A report cover's title set over several short lines: a topic in capitals ending one block
/// and the subtitle in the next ("February 2007 / CRUDE OIL" then "Uncertainty about / Future
/// Oil Supply / …", as <c>pdftotext -layout</c> separates them), or the short lines printed
/// under the cover's date ("“The Government / Accountability Office / (GAO) Act of 2007” / …").
/// </summary>
public static class CoverTitleLines
{
    private const int MaxLineWords = 5;
    private const int MaxTopicLines = 3;
    private const int MaxLines = 12;

    /// <summary>"Crude Oil: Uncertainty about Future Oil Supply …" from a block ending in a topic in capitals and the block after it.</summary>
    public static string? FromTopicAndSubtitle(TextBlock topicBlock, TextBlock subtitle)
    {
        var topic = topicBlock.Lines.Select(l => l.Trim()).Reverse().TakeWhile(IsCapitals).Reverse().ToList();
        if (topic.Count is 0 or > MaxTopicLines || topic.Any(l => Words(l) > MaxLineWords) || !IsSubtitle(subtitle) || subtitle.Lines.Any(l => IsCapitals(l.Trim())))
        {
            return null;
        }

        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(string.Join(' ', topic).ToLowerInvariant());
        return $"{name}: {Joined(subtitle)}";
    }

    /// <summary>The short lines of a block joined, when the block reads as one title set over several lines.</summary>
    public static string? FromLines(TextBlock block) => IsSubtitle(block) ? Joined(block) : null;

    private static bool IsSubtitle(TextBlock block) =>
        block.Lines.Count is >= 2 and <= MaxLines
        && block.Lines.All(l => Words(l) is > 0 and <= MaxLineWords && !SentenceEnd.Ends(l.Trim()) && MetadataLineReader.DateLine(l) is null && !PageNumber.Is(l.Trim()))
        && block.Lines.Any(l => l.Any(char.IsLower));

    private static bool IsCapitals(string line) => line.Count(char.IsLetter) >= 2 && line.Where(char.IsLetter).All(char.IsUpper);

    private static string Joined(TextBlock block) => string.Join(' ', block.Lines.Select(l => l.Trim()));

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
