using System.Text;

namespace BriefingSite.Import.Docx;

/// <summary>
/// Builds the seed text in the shape the text importer reads: blocks separated by one blank
/// line, consecutive list items in one block, and the 1-based line of each heading recorded
/// for <see cref="SeedText.Headings"/>.
/// </summary>
public sealed class DocxTextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Dictionary<int, int> _headings = [];
    private int _lines;
    private bool _inList;

    /// <summary>The line the next block will start on.</summary>
    public int NextLine => _lines + (_lines > 0 ? 2 : 1);

    public IReadOnlyDictionary<int, int> Headings => _headings;

    public string Text => _text.ToString();

    public bool IsEmpty => _lines == 0;

    /// <summary>A paragraph (its lines as Word broke them) standing alone between blank lines.</summary>
    public void Block(string text, int? headingLevel = null)
    {
        if (text.Length == 0)
        {
            return;
        }

        StartBlock();
        if (headingLevel is { } level)
        {
            _headings[_lines + 1] = level;
        }

        AppendLines(text);
        _inList = false;
    }

    /// <summary>A list item, or a table row: kept in one block with the lines of its kind before it.</summary>
    public void Line(string line)
    {
        if (!_inList)
        {
            StartBlock();
        }

        AppendLines(line.Replace('\n', ' '));
        _inList = true;
    }

    /// <summary>Ends a run of list items or table rows, so a following one starts a block of its own.</summary>
    public void EndRun() => _inList = false;

    private void StartBlock()
    {
        if (_lines > 0)
        {
            _text.Append('\n');
            _lines++;
        }
    }

    private void AppendLines(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            _text.Append(line).Append('\n');
            _lines++;
        }
    }
}
