using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Config;
using BriefingSite.Import.Images;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Blip = DocumentFormat.OpenXml.Drawing.Blip;
using GraphicData = DocumentFormat.OpenXml.Drawing.GraphicData;

namespace BriefingSite.Import.Docx;

/// <summary>
/// Reads the text of one paragraph as Word shows it: runs in order through hyperlinks, fields,
/// content controls and tracked insertions; deleted, moved-away and hidden text left out; line
/// breaks as <c>\n</c>, tabs as spaces, non-breaking hyphens kept; note references as
/// <c>[n]</c>; pictures stored in the file handed back with their alt text; charts, linked
/// images and equations noted as left out with their alt text; text boxes
/// handed back to be read as paragraphs of their own. Relationships to outside the file are never followed.
/// </summary>
public sealed partial class DocxInlineReader(DocxNotes notes)
{
    private const string MathNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    public DocxInline Read(Paragraph paragraph)
    {
        var state = new State();
        Walk(paragraph, state);
        var lines = state.Text.ToString().Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        return new DocxInline(string.Join('\n', lines).Trim('\n'), state.LeftOut, state.TextBoxes, state.Pictures);
    }

    private void Walk(OpenXmlElement element, State state)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties or RunProperties or DeletedRun or MoveFromRun or FieldCode:
                    break;
                case Run run when run.RunProperties?.Vanish is { } vanish && (vanish.Val?.Value ?? true):
                    break;
                case Text text:
                    if (state.SkipMark)
                    {
                        state.SkipMark = false;
                    }
                    else
                    {
                        state.Text.Append(ImageMarker.Sanitize(text.Text));
                    }

                    break;
                case TabChar or PositionalTab:
                    state.Text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    state.Text.Append('\n');
                    break;
                case NoBreakHyphen:
                    state.Text.Append('-');
                    break;
                case FootnoteEndnoteReferenceType reference:
                    state.Text.Append(notes.Marker(reference));
                    state.SkipMark = reference.CustomMarkFollows?.Value ?? false;
                    break;
                case Drawing or Picture or EmbeddedObject:
                    Graphic(child, state);
                    break;
                case DocumentFormat.OpenXml.AlternateContent alternate:
                    if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                    {
                        Walk(choice, state);
                    }

                    break;
                case var math when math.NamespaceUri == MathNamespace:
                    state.LeftOut.Add(new DocxLeftOut("equation", null));
                    break;
                default:
                    Walk(child, state);
                    break;
            }
        }
    }

    /// <summary>A drawing, VML picture or embedded object: its text boxes are text; anything else is left out.</summary>
    private static void Graphic(OpenXmlElement graphic, State state)
    {
        var boxes = graphic.Descendants<TextBoxContent>().ToList();
        if (boxes.Count > 0)
        {
            state.TextBoxes.AddRange(boxes);
            return;
        }

        if (graphic is EmbeddedObject)
        {
            state.LeftOut.Add(new DocxLeftOut("embedded object", null));
            return;
        }

        var described = graphic.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().FirstOrDefault();
        var alt = described?.Description?.Value ?? described?.Title?.Value ?? AltAttribute(graphic);
        alt = string.IsNullOrWhiteSpace(alt) ? null : Spaces().Replace(alt, " ").Trim();
        var uri = graphic.Descendants<GraphicData>().FirstOrDefault()?.Uri?.Value ?? "";
        if (uri.Contains("picture", StringComparison.OrdinalIgnoreCase) && EmbeddedPicture(graphic, alt) is { } picture)
        {
            state.Pictures.Add(picture);
            return;
        }

        var kind = uri.Contains("chart", StringComparison.OrdinalIgnoreCase) ? "chart"
            : uri.Contains("diagram", StringComparison.OrdinalIgnoreCase) ? "diagram"
            : graphic.Descendants<Blip>().Any(b => b.Link?.Value is not null) ? "linked image (not fetched)"
            : "image";
        state.LeftOut.Add(new DocxLeftOut(kind, alt));
    }

    /// <summary>
    /// The picture a drawing's blip embeds, read from the image part its own part relates to (a
    /// picture in a note has the notes part's relationships); null for a link to a file outside
    /// the package, which is never followed, or a part larger than <see cref="ImageFormat.MaxBytes"/>.
    /// </summary>
    private static DocxPicture? EmbeddedPicture(OpenXmlElement graphic, string? alt)
    {
        var id = graphic.Descendants<Blip>().FirstOrDefault()?.Embed?.Value;
        var owner = graphic.Ancestors<OpenXmlPartRootElement>().FirstOrDefault()?.OpenXmlPart;
        if (id is null || owner is null || !owner.TryGetPartById(id, out var part) || part is not ImagePart image)
        {
            return null;
        }

        using var stream = image.GetStream(FileMode.Open, FileAccess.Read);
        var bytes = new byte[ImageFormat.MaxBytes + 1];
        var length = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return length > ImageFormat.MaxBytes ? null : new DocxPicture(bytes[..length], image.Uri.OriginalString.TrimStart('/'), alt);
    }

    /// <summary>The <c>alt</c> of a VML shape (<c>w:pict</c>), Word's older way to hold a picture.</summary>
    private static string? AltAttribute(OpenXmlElement graphic) =>
        graphic.Descendants().Append(graphic).SelectMany(e => e.GetAttributes()).FirstOrDefault(a => a.LocalName == "alt" && !string.IsNullOrWhiteSpace(a.Value)).Value;

    [GeneratedRegex(@"[ \t\u00A0]{2,}|\t")]
    private static partial Regex Spaces();

    private sealed class State
    {
        public StringBuilder Text { get; } = new();

        public List<DocxLeftOut> LeftOut { get; } = [];

        public List<TextBoxContent> TextBoxes { get; } = [];

        public List<DocxPicture> Pictures { get; } = [];

        /// <summary>After a reference with a custom mark (a <c>*</c> typed by hand), that mark's text is not written again.</summary>
        public bool SkipMark { get; set; }
    }
}
