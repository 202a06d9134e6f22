using System.Globalization;
using AngleSharp.Dom;

namespace BriefingSite.Import.Html;

/// <summary>
/// Numbers a page's notes in the order their first marker is met, in the text or in a note
/// written before, and writes them as <c>[n] text</c> lines under a notes heading at the end.
/// </summary>
public sealed class HtmlNoteNumbers
{
    private readonly Dictionary<IElement, int> _numbers = [];
    private readonly List<IElement> _order = [];

    public int NumberOf(IElement note)
    {
        if (!_numbers.TryGetValue(note, out var number))
        {
            _order.Add(note);
            number = _numbers[note] = _order.Count;
        }

        return number;
    }

    /// <summary>The heading and the notes' lines; none when no note was cited.</summary>
    /// <param name="textOf">A note's text, which may number further notes it cites: they are written after it.</param>
    public IEnumerable<RenderedBlock> Write(string heading, Func<IElement, string> textOf)
    {
        if (_order.Count == 0)
        {
            yield break;
        }

        var lines = new List<string>();
        for (var i = 0; i < _order.Count; i++)
        {
            var text = HtmlText.Collapse(textOf(_order[i]).Replace('\n', ' ')).TrimStart('^', '↑', '↩', ' ');
            lines.Add($"[{(i + 1).ToString(CultureInfo.InvariantCulture)}] {text}");
        }

        yield return new RenderedBlock([heading]);
        yield return new RenderedBlock(lines);
    }
}
