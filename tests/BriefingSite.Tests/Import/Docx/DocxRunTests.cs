using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

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

    private static byte[] Document(params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
                new Style(new StyleName { Val = "toc 1" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "TOC1" });
        }

        return stream.ToArray();
    }
}
