using System.Globalization;
using BriefingSite.Import.Images;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingSite.Import.Docx;

/// <summary>
/// Writes a Word body as seed text, block by block: paragraphs (inside content controls and
/// text boxes too) as blocks, headings recorded by level, list paragraphs with their numbers,
/// data tables as tab-separated rows (which <see cref="TableReader"/> reads as a table) and
/// layout tables as the paragraphs in their cells, and pictures as image markers with their captions. Table of contents lines are left out, and a
/// paragraph styled Date that holds a date goes to the metadata only.
/// </summary>
public sealed class DocxBodyRenderer(DocxStyles styles, DocxNumbering numbering, DocxInlineReader inline, DocxTextWriter writer)
{
    /// <summary>Stands in for an empty or merged cell, so every row keeps its columns.</summary>
    public const string EmptyCell = "—";

    private bool _contentsLeftOut;

    public DocxStyledMetadata Metadata { get; } = new();

    public List<string> LeftOut { get; } = [];

    /// <summary>The pictures kept, in the order their markers stand in the text.</summary>
    public List<SeedImage> Images { get; } = [];

    public void Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    Paragraph(paragraph);
                    break;
                case Table table:
                    Table(table);
                    break;
                case AlternateContent alternate:
                    if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                    {
                        Blocks(choice);
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Blocks(child);
                    break;
            }
        }
    }

    private void Paragraph(Paragraph paragraph)
    {
        var style = styles.Of(paragraph);
        var read = inline.Read(paragraph);
        Describe(read.LeftOut);
        var text = read.Text;
        switch (style.Kind)
        {
            case DocxStyleKind.Contents:
                if (!_contentsLeftOut)
                {
                    LeftOut.Add("table of contents (Word fills it from the headings)");
                    _contentsLeftOut = true;
                }

                return;
            case DocxStyleKind.Heading:
                writer.Block(text.Replace('\n', ' '), style.Level);
                break;
            case DocxStyleKind.Title:
                Metadata.Title ??= text.Length > 0 ? text.Replace('\n', ' ') : null;
                writer.Block(text.Replace('\n', ' '));
                break;
            case DocxStyleKind.Date when DateFinder.FirstDay(text) is not null:
                // A dateline styled as such is metadata (the date), not body text.
                Remember(style.Kind, text);
                break;
            default:
                Remember(style.Kind, text);
                if (text.Length > 0 && numbering.Prefix(paragraph, style) is { } prefix)
                {
                    writer.Line(prefix + text);
                }
                else
                {
                    writer.Block(text);
                }

                break;
        }

        foreach (var box in read.TextBoxes)
        {
            Blocks(box);
        }

        Pictures(paragraph, read.Pictures);
    }

    /// <summary>
    /// Each picture a block of its own after its paragraph's text, with the caption beside it (a
    /// Caption paragraph after it, else before it) as alt text, else the drawing's description.
    /// </summary>
    private void Pictures(Paragraph paragraph, IReadOnlyList<DocxPicture> pictures)
    {
        if (pictures.Count == 0)
        {
            return;
        }

        var caption = CaptionText(paragraph.NextSibling()) ?? CaptionText(paragraph.PreviousSibling());
        foreach (var picture in pictures)
        {
            var (image, refused) = SeedImageCheck.Accept(picture.Bytes, caption ?? picture.Alt ?? "", picture.PartName);
            if (image is null)
            {
                LeftOut.Add($"image near line {writer.NextLine.ToString(CultureInfo.InvariantCulture)} ({refused}): {picture.PartName}");
                continue;
            }

            Images.Add(image);
            writer.Block(ImageMarker.Make(Images.Count - 1));
        }
    }

    private string? CaptionText(OpenXmlElement? sibling) =>
        sibling is Paragraph paragraph && styles.IsCaption(paragraph)
            && string.Join(' ', string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } text
            ? text
            : null;

    private void Remember(DocxStyleKind kind, string text)
    {
        var list = kind switch
        {
            DocxStyleKind.Subtitle => Metadata.Subtitles,
            DocxStyleKind.Author => Metadata.Authors,
            DocxStyleKind.Date => Metadata.Dates,
            DocxStyleKind.Abstract => Metadata.Abstracts,
            _ => null,
        };
        if (text.Length > 0)
        {
            list?.Add(text.Replace('\n', ' '));
        }
    }

    private void Table(Table table)
    {
        var rows = table.Elements<TableRow>().ToList();
        var widths = rows.Select(r => r.Elements<TableCell>().Sum(Span)).ToList();
        var isData = rows.Count >= 2 && widths.Min() >= 2 && widths.Distinct().Count() == 1
            && !table.Descendants<Paragraph>().Any(p => styles.Of(p).Kind is DocxStyleKind.Heading or DocxStyleKind.Title);
        if (!isData)
        {
            foreach (var cell in rows.SelectMany(r => r.Elements<TableCell>()))
            {
                Blocks(cell);
            }

            return;
        }

        foreach (var row in rows)
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var text = IsMergedAbove(cell) ? "" : CellText(cell);
                cells.Add(text.Length == 0 ? EmptyCell : text);
                cells.AddRange(Enumerable.Repeat(EmptyCell, Span(cell) - 1));
            }

            writer.Line(string.Join('\t', cells));
        }

        writer.EndRun();
    }

    private string CellText(TableCell cell)
    {
        var parts = new List<string>();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            var read = inline.Read(paragraph);
            Describe([.. read.LeftOut, .. read.Pictures.Select(p => new DocxLeftOut("image in a table cell", p.Alt))]);
            if (read.Text.Length > 0)
            {
                parts.Add(read.Text.Replace('\n', ' '));
            }
        }

        return string.Join(' ', parts);
    }

    private static int Span(TableCell cell) => Math.Clamp(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1, 1, 64);

    /// <summary>A cell continuing a vertical merge: its text is in the cell above.</summary>
    private static bool IsMergedAbove(TableCell cell) =>
        cell.TableCellProperties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);

    private void Describe(IReadOnlyList<DocxLeftOut> leftOut)
    {
        var line = writer.NextLine.ToString(CultureInfo.InvariantCulture);
        foreach (var item in leftOut)
        {
            LeftOut.Add(item.AltText is { } alt ? $"{item.Kind} near line {line}: \"{alt}\"" : $"{item.Kind} near line {line} (no alt text)");
        }
    }
}
