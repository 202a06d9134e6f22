using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Finds section headings among the body's paragraphs. A heading is a short paragraph that does
/// not end a sentence (a question mark, <c>?</c> or <c>؟</c>, is allowed), does not start in
/// lower case and is not a date, button, byline or lead-in (<see cref="NotAHeading"/>): one line,
/// a title-case Latin title wrapped over a few short lines (a side-head as pdftotext writes it),
/// or a numbered title (<see cref="HeadingNumbering"/>). It must be followed by body text: a run
/// of three or more heading-like lines is a table, a contents list or a cover, not headings.
/// Levels come from numbering: each scheme, in the order it first appears, is one level deeper
/// (<c>1.</c> <c>##</c>, <c>1.1</c> <c>###</c>); unnumbered headings are <c>##</c>.
/// A wiki's <c>[edit]</c> link after a heading is dropped. Headings between a contents list and
/// the body's first section are front matter (<see cref="FrontMatterHeadings"/>).
/// </summary>
public static partial class HeadingDetector
{
    public const int MaxWords = 12;
    private const int MaxLength = 120;
    private const int MaxWrappedLines = 8;
    private const int MaxWrappedWords = 25;
    private const int MaxWrappedLength = 160;
    private const int MaxSentenceCaseWords = 6;
    private const int DeepestLevel = 4;
    private const int MinTitledForStyle = 4;
    private const int MaxLabelWords = 4;
    private const int MinRunningTextWords = 20;
    private const int MinBodyWords = 4;

    public static List<BodyNode> Detect(IReadOnlyList<BodyNode> found) => Detect(found, new Dictionary<int, string>());

    /// <param name="found">The body's nodes.</param>
    /// <param name="confirmed">Headings a repeated page header confirms, by line (<see cref="PagedText.ConfirmedHeadings"/>): such a candidate is a heading wherever it stands.</param>
    /// <param name="documentTitle">The document's title: a line repeating it (<see cref="TitleRepeat"/>) is not a heading.</param>
    public static List<BodyNode> Detect(IReadOnlyList<BodyNode> found, IReadOnlyDictionary<int, string> confirmed, string? documentTitle = null)
    {
        var nodes = found.ToList();
        var repeats = nodes.Select(node => node is ParagraphNode paragraph && TitleRepeat.Is(paragraph.Text, documentTitle)).ToArray();
        var candidates = nodes.Select((node, i) => repeats[i] ? null : Candidate(nodes, i)).ToList();
        var accepted = candidates.Select((text, i) => text is not null
            && (StartsSection(nodes, candidates, repeats, i) || (confirmed.TryGetValue(nodes[i].Line, out var title) && title == PageTopRepeats.Title(text)))).ToArray();
        var labels = KeepTheDocumentsCase(candidates, accepted);
        TableLabels.DropRows(nodes, candidates, accepted, labels);
        TableLabels.DropCells(nodes, candidates, accepted);

        var result = new List<BodyNode>();
        var schemes = new List<string>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!accepted[i] || candidates[i] is not { } text)
            {
                result.Add(nodes[i] is ParagraphNode paragraph ? paragraph with { Text = WithoutEditLink(paragraph.Text) } : nodes[i]);
                continue;
            }

            var line = nodes[i].Line;

            // "المبحث الأول" on its own line names the division; the title is the line after it.
            if (HeadingNumbering.Read(text) is { Title.Length: 0 } && accepted[i + 1] && candidates[i + 1] is { } title && HeadingNumbering.Read(title) is null)
            {
                text = text.TrimEnd(':', ' ') + ": " + title;
                i++;
            }

            result.Add(new HeadingNode(text, line, LevelOf(text, schemes)));
        }

        return FrontMatterHeadings.Demote(result);
    }

    public static bool LooksLikeHeading(ParagraphNode paragraph) => Candidate(paragraph) is not null;

    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The heading text a node would give, or null when it cannot be a heading wherever it stands.</summary>
    private static string? Candidate(List<BodyNode> nodes, int i) => nodes[i] switch
    {
        ParagraphNode paragraph => Candidate(paragraph),

        // A numbered line standing alone between paragraphs ("1. Introduction") is a heading, not a one-item list.
        ListItemNode { Number: { } number, Level: 0 } item
            when (i == 0 || nodes[i - 1] is not ListItemNode) && (i + 1 >= nodes.Count || nodes[i + 1] is not ListItemNode)
            => IsShortTitle(item.Text) ? $"{number}. {item.Text}" : null,
        _ => null,
    };

    private static string? Candidate(ParagraphNode paragraph)
    {
        var text = WithoutEditLink(paragraph.Text.Trim());
        if (text.Length == 0 || NotAHeading.Applies(text) || PageNumber.Is(text))
        {
            return null;
        }

        if (HeadingNumbering.Read(text) is { } numbered)
        {
            return paragraph.SourceLines <= MaxWrappedLines && (numbered.Title.Length == 0 || IsShortTitle(numbered.Title)) ? text : null;
        }

        if (paragraph.SourceLines == 1)
        {
            return IsShortTitle(text) && (!TitleCase.IsLatin(text) || TitleCase.Is(text) || WordCount(text) <= MaxSentenceCaseWords) ? text : null;
        }

        // A title wrapped over a few short lines: only title case tells it from a short paragraph.
        return paragraph.SourceLines <= MaxWrappedLines && text.Length <= MaxWrappedLength && WordCount(text) <= MaxWrappedWords
            && TitleCase.IsLatin(text) && TitleCase.Is(text) && !EndsLikeProse(text) && !RepeatsItself(text) ? text : null;
    }

    /// <summary>A line repeated down a block ("U.S. Department of State" six times: a logo's text), not a title.</summary>
    private static bool RepeatsItself(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Distinct(StringComparer.Ordinal).Count() * 2 <= words.Length;
    }

    private static bool IsShortTitle(string text) =>
        text.Length is > 0 and <= MaxLength
        && WordCount(text) <= MaxWords
        && !EndsLikeProse(text)
        && !char.IsLower(text[0])
        && !NotAHeading.Applies(text);

    private static bool EndsLikeProse(string text) =>
        (SentenceEnd.Ends(text) && !SentenceEnd.IsQuestion(text)) || text.EndsWith(',') || text.EndsWith('،');

    /// <summary>
    /// At most two heading-like lines in a row (a part and its title), then body text: a run of
    /// three is a table, a contents list or a cover, and a line followed by a bare number is a
    /// contents entry.
    /// </summary>
    private static bool StartsSection(List<BodyNode> nodes, List<string?> candidates, bool[] repeats, int i)
    {
        var start = i;
        while (start > 0 && candidates[start - 1] is not null)
        {
            start--;
        }

        var end = i;
        while (end + 1 < candidates.Count && candidates[end + 1] is not null)
        {
            end++;
        }

        // Under a chart's numbers, or under the title repeated on a cover or summary page (beside a
        // tagline or a page label), only running prose shows a section begins.
        var needsProse = FollowsChartData(nodes, start) || (start > 0 && repeats[start - 1]);
        return end - start < 2 && end + 1 < candidates.Count && IsBody(nodes[end + 1]) && !(needsProse && !IsRunningText(nodes[end + 1]));
    }

    /// <summary>
    /// Text a heading can stand over: a list, a quotation, a table, or a sentence or a few words
    /// that are not a caption's source note, not a chart's numbers or labels ("97.8", "(s)") and not
    /// a mark without a word (an omission "[…]", a divider "* * *").
    /// </summary>
    private static bool IsBody(BodyNode node) => node switch
    {
        ParagraphNode paragraph => (SentenceEnd.Ends(paragraph.Text) || WordCount(paragraph.Text) >= MinBodyWords) && paragraph.Text.Any(char.IsLetter)
            && !NotAHeading.IsCaption(paragraph.Text) && !IsMostlyNumbers(paragraph.Text),
        _ => true,
    };

    /// <summary>
    /// A short label right after a paragraph of bare numbers, or of labels with their shares that
    /// ends no sentence ("22% Exxon Mobil (U.S.) 8% …"), is an axis or legend label of that chart.
    /// </summary>
    private static bool FollowsChartData(List<BodyNode> nodes, int start) =>
        start > 0 && nodes[start] is ParagraphNode label && WordCount(label.Text) <= MaxLabelWords
        && nodes[start - 1] is ParagraphNode data && (IsMostlyNumbers(data.Text) || (NotAHeading.IsChartData(data.Text) && !SentenceEnd.Ends(data.Text)));

    /// <summary>A paragraph of running prose: a chart's labels are never followed by one, a section heading is.</summary>
    private static bool IsRunningText(BodyNode node) =>
        node is ParagraphNode paragraph && WordCount(paragraph.Text) >= MinRunningTextWords && SentenceEnd.Ends(paragraph.Text);

    private static bool IsMostlyNumbers(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Count(w => (w.Any(char.IsDigit) && !w.Any(char.IsLetter)) || ChartKey().IsMatch(w)) * 2 > words.Length;
    }

    /// <summary>A chart's key letter or number in brackets ("(s)", "(12)", "(أ)"), naming a point of the chart, not a word of prose.</summary>
    [GeneratedRegex(@"^\((\p{L}|[\d٠-٩۰-۹]{1,3})\)$")]
    private static partial Regex ChartKey();

    /// <summary>
    /// A document that writes its headings in title case does not also write some in sentence
    /// case: such lines ("Stretch goals", "Use of past performance") are table cells or labels.
    /// The style holds when title-case headings are at least twice the sentence-case lines (a
    /// glossary flattened to text can add many labels).
    /// </summary>
    /// <returns>The lines found to be labels this way.</returns>
    private static bool[] KeepTheDocumentsCase(List<string?> candidates, bool[] accepted)
    {
        var labels = new bool[candidates.Count];
        var styled = Enumerable.Range(0, candidates.Count)
            .Where(i => accepted[i] && candidates[i] is { } text && TitleCase.IsLatin(text) && HeadingNumbering.Read(text) is null && WordCount(text) >= 2)
            .ToList();
        var titled = styled.Count(i => TitleCase.Is(candidates[i]!));
        if (titled < MinTitledForStyle || styled.Count - titled > titled / 2)
        {
            return labels;
        }

        foreach (var i in styled.Where(i => !TitleCase.Is(candidates[i]!)))
        {
            accepted[i] = false;
            labels[i] = true;
        }

        return labels;
    }

    private static int LevelOf(string text, List<string> schemes)
    {
        if (HeadingNumbering.Read(text) is not { } numbered)
        {
            return 2;
        }

        if (!schemes.Contains(numbered.Scheme))
        {
            schemes.Add(numbered.Scheme);
        }

        return Math.Min(2 + schemes.IndexOf(numbered.Scheme), DeepestLevel);
    }

    private static string WithoutEditLink(string text) => EditLink().Replace(text, "");

    [GeneratedRegex(@"\s*\[(edit|edit source|ویرایش|عدل|تعديل|modifier)\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EditLink();
}
