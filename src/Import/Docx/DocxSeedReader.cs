using System.IO.Compression;
using System.Xml;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingSite.Import.Docx;

/// <summary>
/// A <c>.docx</c> seed as text for the importer: the body written as <see cref="DocxBodyRenderer"/>
/// does, then the footnotes and endnotes after a Notes heading as <c>[n] text</c>, with the
/// headings its styles state and the properties it declares. Headers and footers are never read,
/// so no page furniture comes in; relationships to outside the file are never followed.
/// </summary>
public static class DocxSeedReader
{
    /// <summary>What the seed's <see cref="SeedText.Encoding"/> says: the extractor that produced the text.</summary>
    public const string Extractor = "docx (Open XML SDK)";

    /// <summary>The extractor named in the import report.</summary>
    public const string ExtractorName = "Open XML SDK (Word)";

    /// <param name="settings">The importer's settings (the notes heading, its <c>default</c> entry); the defaults when null.</param>
    public static SeedText Read(byte[] bytes, string displayName, ImportConfig? settings = null)
    {
        var notesHeading = (settings ?? new ImportConfig()).NotesHeadingFor(ImportConfig.DefaultKey);
        DocxPackageGuard.Check(bytes, displayName);
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings { MaxCharactersInPart = DocxPackageGuard.MaxPartBytes });
            return Render(document, bytes, displayName, notesHeading);
        }
        catch (OpenXmlPackageException ex)
        {
            throw new SiteException(displayName, "not a Word document: the package is not a .docx (an Excel or PowerPoint file, or a damaged one); save it again from Word as .docx", inner: ex);
        }
        catch (XmlException ex)
        {
            throw new SiteException(displayName, $"the Word file is damaged: a part's XML does not parse (its line {ex.LineNumber}); save it again from Word", inner: ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException)
        {
            throw new SiteException(displayName, $"the Word file is damaged ({ex.Message.TrimEnd('.')}); save it again from Word", inner: ex);
        }
    }

    private static SeedText Render(WordprocessingDocument document, byte[] bytes, string displayName, string notesHeading)
    {
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body
            ?? throw new SiteException(displayName, "not a Word document: the package has no document body (an Excel or PowerPoint file?)");
        var notes = new DocxNotes(main!.FootnotesPart, main.EndnotesPart);
        var inline = new DocxInlineReader(notes);
        var writer = new DocxTextWriter();
        var renderer = new DocxBodyRenderer(new DocxStyles(main.StyleDefinitionsPart?.Styles), new DocxNumbering(main.NumberingDefinitionsPart?.Numbering), inline, writer);
        renderer.Blocks(body);
        WriteNotes(notes, inline, writer, notesHeading);
        var text = writer.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SiteException(displayName, "the Word document has no text");
        }

        return new SeedText(displayName, text, Extractor, bytes)
        {
            Extractor = ExtractorName,
            LeftOut = renderer.LeftOut,
            Headings = writer.Headings,
            Images = renderer.Images,
            Properties = DocxPropertiesReader.Read(document, renderer.Metadata, text),
        };
    }

    /// <summary>Each referenced note as <c>[n] text</c>, its paragraphs joined, after a Notes heading.</summary>
    private static void WriteNotes(DocxNotes notes, DocxInlineReader inline, DocxTextWriter writer, string heading)
    {
        if (notes.Count == 0)
        {
            return;
        }

        writer.Block(heading);
        foreach (var (number, paragraphs) in notes.Referenced().ToList())
        {
            var text = string.Join(' ', paragraphs.Select(p => inline.Read(p).Text.Replace('\n', ' ')).Where(t => t.Length > 0));
            writer.Line($"[{number}] {text}");
        }
    }
}
