using BriefingSite.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace BriefingSite.Tests.Import.Images;

/// <summary>The saved web page with a figure (tests/…/Images/SavedPage), and Word files with a real embedded picture.</summary>
internal static class ImageFixtures
{
    public static string SavedPage => Path.Combine(RepoPaths.Root, "tests", "BriefingSite.Tests", "Import", "Images", "SavedPage");

    public const string Caption = "The spillway in April, with the reservoir at its lowest level in a decade.";

    public const string RemoteChart = "https://valley-institute.example.org/charts/inflow.png";

    /// <summary>The 48 × 32 PNG saved beside the page.</summary>
    public static byte[] Png => File.ReadAllBytes(Path.Combine(SavedPage, "dam-report_files", "spillway.png"));

    /// <summary>Copies the saved page and its folder into <paramref name="seeds"/>.</summary>
    public static void CopySavedPage(string seeds) => TempSite.CopyFolder(SavedPage, seeds);

    /// <summary>
    /// A Word file as Word stores a picture: a paragraph holding <c>w:drawing/wp:inline</c> with
    /// <c>pic:pic/a:blip r:embed</c> pointing at an image part, the description in <c>wp:docPr</c>,
    /// and optionally a Caption-styled paragraph after it.
    /// </summary>
    public static byte[] WordWithPicture(byte[] picture, string? caption, string? description, string imageType = "image/png")
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                Style("Title", "Title"), Style("Heading1", "heading 1"), Style("Caption", "caption"));
            var image = main.AddImagePart(imageType);
            using (var data = new MemoryStream(picture))
            {
                image.FeedData(data);
            }

            var body = new Body(
                Styled("Title", "Reservoir Levels in the Valley"),
                new Paragraph(new Run(new Text("The reservoir behind the valley dam has fallen for three summers, and the farms below it feel it first."))),
                new Paragraph(new Run(Drawing(main.GetIdOfPart(image), description))));
            if (caption is not null)
            {
                body.Append(Styled("Caption", caption));
            }

            body.Append(Styled("Heading1", "What the gauges show"));
            body.Append(new Paragraph(new Run(new Text("Inflow to the reservoir has fallen by a third since the drought began in the north."))));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Style Style(string id, string name) =>
        new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private static Drawing Drawing(string relationshipId, string? description) =>
        new(new Dw.Inline(
            new Dw.Extent { Cx = 457200L, Cy = 304800L },
            new Dw.DocProperties { Id = 1U, Name = "Picture 1", Description = description },
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = "spillway.png" }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = 457200L, Cy = 304800L }), new A.PresetGeometry { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" })));
}
