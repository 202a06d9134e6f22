using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import.Html;

/// <summary>
/// Writes a page's main element as the text the text importer reads: blocks apart by a blank
/// line, <c>- </c> and <c>1. </c> list items (nested ones indented), <c>&gt; </c> quotations,
/// tables as tab-separated rows (<see cref="TableReader"/> reads them), note markers as
/// <c>[n]</c> with their definitions under a notes heading at the end. Headings (<c>h2</c>–<c>h6</c>)
/// are blocks of their own whose levels are kept; images are kept as markers (<see cref="HtmlImages"/>) or listed as left out.
/// </summary>
public sealed class HtmlTextRenderer
{
    /// <summary>Elements open inside each other beyond this are refused: no real page needs it, and walking them costs stack.</summary>
    public const int MaxDepth = 256;

    private readonly List<RenderedBlock> _blocks = [];
    private readonly HtmlNoteNumbers _numbers;
    private readonly HtmlImages _images;
    private readonly HtmlFigureWriter _figures;
    private readonly NoteLists _notes;
    private readonly string _file;
    private StringBuilder _inline = new();
    private bool _inCell;
    private int _inlineDepth;
    private bool _titleWritten;

    private HtmlTextRenderer(NoteLists notes, string file, HtmlNoteNumbers numbers, HtmlImages images)
    {
        _notes = notes;
        _file = file;
        _numbers = numbers;
        _images = images;
        _figures = new HtmlFigureWriter(images, line =>
        {
            Flush();
            Add([line]);
        });
    }

    /// <param name="notesHeading">The heading written above the notes, one <c>import.note_headings</c> matches.</param>
    /// <param name="images">Where the page's images are kept or listed as left out.</param>
    public static HtmlRendering Render(IElement main, NoteLists notes, string? title, string notesHeading, string file, HtmlImages images)
    {
        var renderer = new HtmlTextRenderer(notes, file, new HtmlNoteNumbers(), images);
        if (title is not null)
        {
            renderer._blocks.Add(new RenderedBlock([title]));
            renderer._titleWritten = true;
        }

        renderer.Walk(main, 0);
        renderer.Flush();
        renderer._blocks.AddRange(renderer._numbers.Write(notesHeading, note => renderer.InlineOf(note, 0)));
        return HtmlRendering.Compose(renderer._blocks, images);
    }

    private void Walk(INode node, int depth)
    {
        if (node is IText text)
        {
            _inline.Append(HtmlText.CollapseInline(text.Data));
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        if (depth > MaxDepth)
        {
            throw new SiteException(_file, $"the page's HTML is nested too deep (over {MaxDepth} elements inside each other); save the article alone and import that");
        }

        if (_notes.IsContainerUsed(element))
        {
            return;
        }

        switch (element.LocalName)
        {
            case "br":
                _inline.Append('\n');
                return;
            case "img" or "picture":
                _figures.Images(element, null, _inlineDepth > 0);
                return;
            case "video" or "audio":
                _figures.LeaveOut(element);
                return;
            case "a" when _notes.NoteOf(element) is { } note:
                _inline.Append(CultureInfo.InvariantCulture, $"[{_numbers.NumberOf(note)}]");
                return;
            case "a" or "span" or "sup" when NoteLists.IsBackLink(element):
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Heading(element, depth);
                return;
            case "ul" or "ol":
                Flush();
                var lines = new List<string>();
                ListWriter.Write(element, 0, lines, item => InlineOf(item, depth + 1));
                Add(lines);
                return;
            case "blockquote":
                Quote(element, depth);
                return;
            case "table":
                Table(element, depth);
                return;
            case "figure":
                _figures.Figure(element, _inlineDepth > 0);
                return;
            case "pre":
                Flush();
                Add([.. element.TextContent.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)]);
                return;
            case "hr":
                Flush();
                return;
        }

        if (element.ClassList.Contains("thumb") || element.ClassList.Contains("gallery"))
        {
            _figures.Figure(element, _inlineDepth > 0);
            return;
        }

        var block = !HtmlText.IsInline(element.LocalName);
        if (block)
        {
            Flush();
        }

        foreach (var child in element.ChildNodes)
        {
            Walk(child, depth + 1);
        }

        if (block)
        {
            Flush();
        }
    }

    private void Heading(IElement element, int depth)
    {
        Flush();
        var text = HtmlText.Collapse(InlineOf(element, depth).Replace('\n', ' '));
        if (text.Length == 0 || HtmlSections.HoldsOnlyNotes(element, _notes))
        {
            return;
        }

        // The first h1 is the title, which the parser takes for the front-matter; a later one is a section.
        var isTitle = element.LocalName == "h1" && !_titleWritten;
        _titleWritten |= isTitle;
        var level = element.LocalName == "h1" ? 2 : element.LocalName[1] - '0';
        _blocks.Add(isTitle ? new RenderedBlock([text]) : new RenderedBlock([text], level));
    }

    private void Quote(IElement element, int depth)
    {
        Flush();
        var inner = new HtmlTextRenderer(_notes, _file, _numbers, _images);
        foreach (var child in element.ChildNodes)
        {
            inner.Walk(child, depth + 1);
        }

        inner.Flush();
        foreach (var quoted in inner._blocks)
        {
            _blocks.Add(new RenderedBlock([.. quoted.Lines.Select(l => "> " + l.TrimStart('>', ' '))]));
        }
    }

    private void Table(IElement table, int depth)
    {
        Flush();
        _inCell = true;
        var rows = TableRows.Read(table, cell => InlineOf(cell, depth + 1));
        _inCell = false;
        if (rows is null)
        {
            // A layout table (one column, or tables inside it): its cells are ordinary text.
            foreach (var child in table.ChildNodes)
            {
                Walk(child, depth + 1);
            }

            Flush();
            return;
        }

        if (table.QuerySelector("caption") is { } caption && HtmlText.Collapse(caption.TextContent) is { Length: > 0 } captionText)
        {
            _blocks.Add(new RenderedBlock([captionText]));
        }

        Add(rows);
    }

    /// <summary>The inline text of an element, as one or more lines (line breaks kept); markers and left-out images are recorded.</summary>
    private string InlineOf(INode node, int depth)
    {
        var saved = _inline;
        _inline = new StringBuilder();
        _inlineDepth++;
        foreach (var child in node.ChildNodes)
        {
            WalkInline(child, depth + 1);
        }

        _inlineDepth--;
        var text = _inline.ToString();
        _inline = saved;
        return text;
    }

    /// <summary>Inside a list item or a cell every element reads as inline text.</summary>
    private void WalkInline(INode node, int depth)
    {
        // A list in a table cell reads as the cell's text; in a list item it is written as a nested list.
        if (node is IElement { LocalName: "ul" or "ol" } && !_inCell)
        {
            return;
        }

        if (node is IElement element && !HtmlText.IsInline(element.LocalName) && element.LocalName is not ("br" or "a" or "img"))
        {
            if (element.LocalName is "figure" or "table" or "pre" or "blockquote" || element.ClassList.Contains("thumb"))
            {
                LeaveOutOrFlatten(element);
                return;
            }

            _inline.Append(' ');
            foreach (var child in element.ChildNodes)
            {
                WalkInline(child, depth + 1);
            }

            _inline.Append(' ');
            return;
        }

        Walk(node, depth);
    }

    private void LeaveOutOrFlatten(IElement element)
    {
        if (element.LocalName == "figure" || element.ClassList.Contains("thumb"))
        {
            _figures.LeaveOut(element);
            return;
        }

        _inline.Append(' ').Append(HtmlText.Collapse(element.TextContent)).Append(' ');
    }

    private void Flush()
    {
        var lines = _inline.ToString().Split('\n').Select(HtmlText.Collapse).Where(l => l.Length > 0).ToList();
        _inline.Clear();
        Add(lines);
    }

    private void Add(List<string> lines)
    {
        if (lines.Count > 0)
        {
            _blocks.Add(new RenderedBlock(lines));
        }
    }
}
