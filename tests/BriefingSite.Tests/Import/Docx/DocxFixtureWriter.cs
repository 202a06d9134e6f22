using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BriefingSite.Tests.Import.Docx;

/// <summary>
/// Writes a Word file from a small Markdown-like source, as Word itself would store it, so tests
/// can read real texts back: <c># </c> Title, <c>## </c> Heading 1 … , <c>- </c> bullets and
/// <c>1. </c> numbers (two spaces per nesting level; a list starts at its first number),
/// <c>| a | b |</c> table rows, <c>[^n]</c> note references with <c>[^n]: text</c> definitions
/// (footnotes, or endnotes when asked), <c>&lt;br&gt;</c> line breaks, <c>![alt]</c> images, and
/// <c>@Style text</c> for a paragraph in any other style. Right-to-left documents mark every
/// paragraph <c>w:bidi</c> and every run <c>w:rtl</c>.
/// </summary>
public sealed partial class DocxFixtureWriter
{
    public bool RightToLeft { get; init; }

    public bool Endnotes { get; init; }

    /// <summary>The numbering format of numbered lists (<c>decimal</c>, <c>hindiNumbers</c>, <c>arabicAbjad</c>, …).</summary>
    public string NumberFormat { get; init; } = "decimal";

    public string? CoreTitle { get; init; }

    public string? Creator { get; init; }

    public string? Language { get; init; }

    public DateTime? Created { get; init; }

    public string? Company { get; init; }

    /// <summary>Extra paragraph styles: id, name, and the style it is based on.</summary>
    public IReadOnlyList<(string Id, string Name, string? BasedOn)> ExtraStyles { get; init; } = [];

    private readonly Dictionary<(bool Ordered, int Level), (int Id, int Last)> _lists = [];

    public byte[] Write(string source)
    {
        var definitions = NoteDefinition().Matches(source).ToDictionary(m => m.Groups["label"].Value, m => m.Groups["text"].Value.Trim());
        var lines = NoteDefinition().Replace(source, "").Replace("\r\n", "\n").Split('\n');
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            main.AddNewPart<StyleDefinitionsPart>().Styles = StylesPart();
            var numbering = new Numbering();
            var notes = new List<(int Id, string Text)>();
            var table = new List<string[]>();
            foreach (var raw in lines.Append(""))
            {
                var line = raw.TrimEnd();
                if (line.StartsWith('|'))
                {
                    if (!line.StartsWith("| ---", StringComparison.Ordinal))
                    {
                        table.Add([.. line.Trim('|').Split('|').Select(c => c.Trim())]);
                    }

                    continue;
                }

                if (table.Count > 0)
                {
                    body.Append(new Table(table.Select(r => new TableRow(r.Select(c => new TableCell(Paragraph(c, null, definitions, notes)))))));
                    table.Clear();
                }

                if (line.Length > 0)
                {
                    body.Append(Block(line, definitions, notes, numbering));
                }
            }

            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            AddNotes(main, notes);
            Properties(document);
        }

        return stream.ToArray();
    }

    private Paragraph Block(string line, Dictionary<string, string> definitions, List<(int, string)> notes, Numbering numbering)
    {
        if (HeadingLine().Match(line) is { Success: true } heading)
        {
            var hashes = heading.Groups["hashes"].Value.Length;
            return Paragraph(heading.Groups["text"].Value, hashes == 1 ? "Title" : "Heading" + (hashes - 1), definitions, notes);
        }

        if (StyledLine().Match(line) is { Success: true } styled)
        {
            return Paragraph(styled.Groups["text"].Value, styled.Groups["style"].Value, definitions, notes);
        }

        if (ListLine().Match(line) is { Success: true } item)
        {
            var level = item.Groups["indent"].Value.Length / 2;
            var ordered = item.Groups["number"].Success;
            var numberingId = ListId(numbering, ordered, level, ordered ? int.Parse(item.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1);
            var paragraph = Paragraph(item.Groups["text"].Value, null, definitions, notes);
            paragraph.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId }));
            return paragraph;
        }

        _lists.Clear();
        return Paragraph(line, null, definitions, notes);
    }

    /// <summary>
    /// The list (<c>w:num</c>) an item belongs to: the one before at its level and kind when it
    /// continues that count, else a new one starting at the item's number, as Word stores them.
    /// </summary>
    private int ListId(Numbering numbering, bool ordered, int level, int number)
    {
        if (!numbering.Elements<AbstractNum>().Any())
        {
            numbering.Append(AbstractList(1, "bullet", "•"), AbstractList(2, NumberFormat, "%1."));
        }

        var key = (ordered, level);
        if (_lists.TryGetValue(key, out var list) && (!ordered || list.Last + 1 == number))
        {
            _lists[key] = (list.Id, number);
            return list.Id;
        }

        var id = numbering.Elements<NumberingInstance>().Count() + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? 2 : 1 }) { NumberID = id };
        instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = number }) { LevelIndex = level });
        numbering.Append(instance);
        _lists[key] = (id, number);
        return id;
    }

    private AbstractNum AbstractList(int id, string format, string text) =>
        new(Enumerable.Range(0, 3).Select(level => new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) },
            new LevelText { Val = text.Replace("%1", "%" + (level + 1), StringComparison.Ordinal) })
        { LevelIndex = level }))
        { AbstractNumberId = id };

    private Paragraph Paragraph(string text, string? style, Dictionary<string, string> definitions, List<(int Id, string Text)> notes)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (RightToLeft)
        {
            properties.Append(new BiDi());
        }

        var paragraph = new Paragraph(properties);
        foreach (Match part in Inline().Matches(text))
        {
            if (part.Groups["note"].Success && definitions.TryGetValue(part.Groups["note"].Value, out var definition))
            {
                var id = notes.Count + 1;
                notes.Add((id, definition));
                paragraph.Append(new Run(RunProperties(), Endnotes ? new EndnoteReference { Id = id } : new FootnoteReference { Id = id }));
            }
            else if (part.Groups["image"].Success)
            {
                paragraph.Append(new Run(new Drawing(new Dw.Inline(new Dw.DocProperties { Id = 1U, Name = "Picture", Description = part.Groups["image"].Value }))));
            }
            else if (part.Value == "<br>")
            {
                paragraph.Append(new Run(new Break()));
            }
            else
            {
                paragraph.Append(new Run(RunProperties(), new Text(part.Value) { Space = SpaceProcessingModeValues.Preserve }));
            }
        }

        return paragraph;
    }

    private RunProperties RunProperties() => RightToLeft ? new RunProperties(new RightToLeftText()) : new RunProperties();

    private void AddNotes(MainDocumentPart main, List<(int Id, string Text)> notes)
    {
        if (Endnotes)
        {
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(notes.Select(n => new Endnote(Paragraph(n.Text, null, [], [])) { Id = n.Id }));
        }
        else
        {
            var separator = new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Id = -1, Type = FootnoteEndnoteValues.Separator };
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(notes.Select(n => new Footnote(Paragraph(n.Text, null, [], [])) { Id = n.Id }).Prepend(separator));
        }
    }

    private Styles StylesPart()
    {
        var styles = new Styles(Style("Normal", "Normal", null), Style("Title", "Title", "Normal"), Style("Subtitle", "Subtitle", "Normal"), Style("Author", "Author", "Normal"), Style("Date", "Date", "Normal"));
        for (var level = 1; level <= 6; level++)
        {
            var style = Style("Heading" + level, "heading " + level, "Normal");
            style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }));
            styles.Append(style);
        }

        foreach (var (id, name, basedOn) in ExtraStyles)
        {
            styles.Append(Style(id, name, basedOn));
        }

        return styles;
    }

    private static Style Style(string id, string name, string? basedOn)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        return style;
    }

    private void Properties(WordprocessingDocument document)
    {
        document.PackageProperties.Title = CoreTitle;
        document.PackageProperties.Creator = Creator;
        document.PackageProperties.Language = Language;
        document.PackageProperties.Created = Created;
        if (Company is not null)
        {
            document.AddExtendedFilePropertiesPart().Properties = new Ap.Properties(new Ap.Company(Company));
        }
    }

    [GeneratedRegex(@"^\[\^(?<label>[^\]]+)\]:(?<text>.*)$\n?", RegexOptions.Multiline)]
    private static partial Regex NoteDefinition();

    [GeneratedRegex(@"^(?<hashes>#{1,7}) (?<text>.+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^@(?<style>\w+) (?<text>.+)$")]
    private static partial Regex StyledLine();

    [GeneratedRegex(@"^(?<indent>(?:  )*)(?:(?<number>\d+)\.|-) (?<text>.+)$")]
    private static partial Regex ListLine();

    [GeneratedRegex(@"\[\^(?<note>[^\]]+)\]|!\[(?<image>[^\]]*)\]|<br>|(?:(?!\[\^|!\[|<br>).)+")]
    private static partial Regex Inline();
}
