using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Vml = DocumentFormat.OpenXml.Vml;

namespace BriefingSite.Tests.Import.Docx;

/// <summary>Runs as Word stores an edited document: tracked changes, hidden text, links and fields, contents lines, stated paragraphs.</summary>
public class DocxRunTests
{
    [Fact]
    public void Deleted_and_hidden_text_is_left_out_and_inserted_and_linked_text_kept()
    {
        var bytes = Document(
            new Paragraph(
                new Run(new Text("The river has fallen ") { Space = SpaceProcessingModeValues.Preserve }),
                new DeletedRun(new Run(new DeletedText("sharply "))),
                new InsertedRun(new Run(new Text("for three summers ") { Space = SpaceProcessingModeValues.Preserve })),
                new Run(new RunProperties(new Vanish()), new Text("(check this) ")),
                new Hyperlink(new Run(new Text("in a row"))) { Id = "rIdMissing" },
                new Run(new Text("."))),
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }), new Run(new Text("Water in the Valley 3"))));

        var seed = DocxImport.Read(bytes);

        Assert.Equal("The river has fallen for three summers in a row.\n", seed.Text);
        Assert.Equal(["table of contents (Word fills it from the headings)"], seed.LeftOut);
    }

    [Fact]
    public void A_paragraph_without_a_full_stop_is_not_joined_to_the_next_as_if_a_page_cut_it()
    {
        var bytes = Document(
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), new Run(new Text("Water in the Valley"))),
            new Paragraph(new Run(new Text("The river has fallen for three summers in a row, and the farms below the dam feel it first."))),
            new Paragraph(new Run(new Text("The ministry gave three reasons for the delay in its letter to the assembly"))),
            new Paragraph(new Run(new Text("farmers were not consulted, the funds were not voted, and the route was disputed."))));

        var body = DocxImport.Parse(bytes).Body;

        Assert.Contains("to the assembly\n\nfarmers were not consulted", body);
    }

    [Fact]
    public void A_text_box_is_read_as_paragraphs_after_the_one_holding_it()
    {
        var box = new Picture(new Vml.Shape(new Vml.TextBox(new TextBoxContent(new Paragraph(new Run(new Text("Farms use 71% of the valley's water.")))))));

        var seed = DocxImport.Read(Document(new Paragraph(new Run(new Text("The river has fallen for three summers in a row.")), new Run(box))));

        Assert.Equal("The river has fallen for three summers in a row.\n\nFarms use 71% of the valley's water.\n", seed.Text);
    }

    [Fact]
    public void An_image_linked_from_outside_the_file_is_reported_not_fetched()
    {
        var picture = new Drawing(new Dw.Inline(
            new Dw.DocProperties { Id = 1U, Name = "Map", Description = "Map of the valley" },
            new A.Graphic(new A.GraphicData(new Pic.Picture(new Pic.BlipFill(new A.Blip { Link = "rIdOutside" }))) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" })));

        var seed = DocxImport.Read(Document(new Paragraph(new Run(new Text("The valley:")), new Run(picture))));

        Assert.Equal(["linked image (not fetched) near line 1: \"Map of the valley\""], seed.LeftOut);
    }

    private static byte[] Document(params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
            main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri("http://example.invalid/map.png"), "rIdOutside");
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
                new Style(new StyleName { Val = "toc 1" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "TOC1" });
        }

        return stream.ToArray();
    }
}
