using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Reads the cover and title block: the title (given, or the short line the text repeats, or the
/// first short line), the author line after its last occurrence, and cover furniture before it:
/// the publisher in two scripts, the series, the "about us" text and the disclaimer. The cover
/// is removed from <c>blocks</c>, so the body starts after the author line.
/// </summary>
public static partial class CoverBlockReader
{
    private const int MaxTitleWords = 16;

    public static CoverInfo Take(List<TextBlock> blocks, string? knownTitle, string languageScript, IReadOnlyList<string>? knownAuthors = null)
    {
        var title = knownTitle ?? GuessTitle(blocks);
        var titleAt = title is null ? -1 : blocks.FindLastIndex(b => b.IsSingleLine && PageNoteTaker.Unmarked(b.Text) == title);
        if (titleAt < 0)
        {
            return new CoverInfo { Title = title };
        }

        var cover = new CoverInfo { Title = title };
        var next = titleAt + 1;
        if (next < blocks.Count && IsAuthorLine(blocks[next], blocks.Take(titleAt), knownAuthors))
        {
            var line = blocks[next].Text;
            cover = cover with { Authors = SplitAuthors(PageNoteTaker.Unmarked(line)), AuthorMarked = PageNoteTaker.IsMarked(line) };
            next++;
        }

        var coverBlocks = blocks.Take(titleAt).ToList();
        blocks.RemoveRange(0, next);
        cover = ReadFurniture(coverBlocks, cover, languageScript);
        blocks.InsertRange(0, cover.Unrecognised);
        return cover;
    }

    private static CoverInfo ReadFurniture(List<TextBlock> coverBlocks, CoverInfo cover, string languageScript)
    {
        var unrecognised = new List<TextBlock>();
        for (var i = 0; i < coverBlocks.Count; i++)
        {
            var block = coverBlocks[i];
            var text = PageNoteTaker.Unmarked(block.Text);
            if (text == cover.Title || cover.Authors.Count > 0 && SplitAuthors(text).SequenceEqual(cover.Authors))
            {
                continue;
            }

            if (block.Lines.Count == 2 && ScriptDetector.Detect(block.Lines[0]) != ScriptDetector.Detect(block.Lines[1]))
            {
                var first = ScriptDetector.Detect(block.Lines[0]) == languageScript;
                cover = cover with { Publisher = block.Lines[first ? 0 : 1].Trim(), PublisherAlt = block.Lines[first ? 1 : 0].Trim() };
            }
            else if (block.IsSingleLine && Series().IsMatch(text))
            {
                var name = Series().Match(text).Groups["name"].Value.Trim();
                cover = cover with { Series = name.Length > 0 ? name : text };
            }
            else if (block.IsSingleLine && LabelledText(coverBlocks, ref i, AboutLabel()) is { } about)
            {
                cover = cover with { AboutPublisher = about };
            }
            else if (block.IsSingleLine && LabelledText(coverBlocks, ref i, DisclaimerLabel()) is { } disclaimer)
            {
                cover = cover with { Disclaimer = disclaimer };
            }
            else if (cover.Publisher is null && i == 0 && block.IsSingleLine && HeadingDetector.WordCount(text) <= 8)
            {
                // A printed page's header names the site between dashes, with its address: "- Global Voices - https://… -".
                var header = PrintHeader().Match(text);
                cover = cover with { Publisher = header.Success ? header.Groups["name"].Value : text };
            }
            else
            {
                unrecognised.Add(block);
            }
        }

        return cover with { Unrecognised = unrecognised };
    }

    /// <summary>A label block (<c>ملحوظة:</c>) gives the text after it on the same line or the next block.</summary>
    private static string? LabelledText(List<TextBlock> blocks, ref int index, Regex label)
    {
        var match = label.Match(blocks[index].Text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var rest = match.Groups["rest"].Value.Trim();
        if (rest.Length > 0)
        {
            return rest;
        }

        if (index + 1 >= blocks.Count)
        {
            return null;
        }

        index++;
        return blocks[index].Text;
    }

    /// <summary>The short line that the text repeats (cover, then first page), else the first short line.</summary>
    private static string? GuessTitle(List<TextBlock> blocks)
    {
        var candidates = blocks.TakeWhile(b => !IsLongParagraph(b))
            .Where(b => b.IsSingleLine && HeadingDetector.WordCount(b.Text) <= MaxTitleWords && !ContactOrLabel(b.Text))
            .Select(b => PageNoteTaker.Unmarked(b.Text))
            .ToList();
        return candidates.GroupBy(t => t).FirstOrDefault(g => g.Count() > 1)?.Key ?? candidates.FirstOrDefault();
    }

    private static bool ContactOrLabel(string text) =>
        Series().IsMatch(text) || AboutLabel().IsMatch(text) || DisclaimerLabel().IsMatch(text) || PageNumber.Is(text);

    private static bool IsLongParagraph(TextBlock block) => HeadingDetector.WordCount(block.Text) > 40;

    /// <summary>
    /// The line after the title names the authors when it says so (<c>By …</c>, <c>بقلم …</c>),
    /// carries a note marker, repeats a name line from the cover, or matches the known authors.
    /// A short line alone is not enough: it may be the first section heading.
    /// </summary>
    private static bool IsAuthorLine(TextBlock block, IEnumerable<TextBlock> cover, IReadOnlyList<string>? knownAuthors)
    {
        var text = PageNoteTaker.Unmarked(block.Text);
        var words = HeadingDetector.WordCount(text);
        if (!block.IsSingleLine || words is < 2 or > 12 || SentenceEnd.Ends(text) || text.Any(char.IsDigit))
        {
            return false;
        }

        return ByLine().IsMatch(text) || PageNoteTaker.IsMarked(block.Text)
            || cover.Any(c => PageNoteTaker.Unmarked(c.Text) == text)
            || (knownAuthors is { Count: > 0 } && SplitAuthors(text).SequenceEqual(knownAuthors));
    }

    private static List<string> SplitAuthors(string line) =>
        [.. AuthorSeparator().Split(ByLine().Replace(line, "")).Select(a => a.Trim()).Where(a => a.Length > 0)];

    [GeneratedRegex(@"^(?:سلسلة|Series\b|A .{1,40} series$)(?:\s*:\s*(?<name>.+))?", RegexOptions.IgnoreCase)]
    private static partial Regex Series();

    [GeneratedRegex(@"^(عن المركز|عن المؤسسة|عن الناشر|من نحن|About( us| the (centre|center|publisher|institute))?)\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AboutLabel();

    [GeneratedRegex(@"^(ملحوظة|ملاحظة|تنويه|إخلاء مسؤولية|Disclaimer|Note)\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DisclaimerLabel();

    [GeneratedRegex(@"^[-–—]\s*(?<name>[^-–—]+?)\s*[-–—]\s*https?://\S+\s*[-–—]?$")]
    private static partial Regex PrintHeader();

    [GeneratedRegex(@"^(By|بقلم|إعداد)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"\s*(?:,|،|&|\band\b|\s+و\s+)\s*")]
    private static partial Regex AuthorSeparator();
}
