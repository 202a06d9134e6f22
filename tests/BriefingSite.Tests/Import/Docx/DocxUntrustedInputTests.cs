using System.IO.Compression;
using System.Text;
using BriefingSite.Diagnostics;
using BriefingSite.Import.Docx;

namespace BriefingSite.Tests.Import.Docx;

/// <summary>Seeds are untrusted: a damaged, foreign or bomb-shaped .docx is a clear error naming the file.</summary>
public class DocxUntrustedInputTests
{
    [Fact]
    public void A_damaged_zip_is_an_error_naming_the_file()
    {
        var bytes = new DocxFixtureWriter().Write("The river has fallen for three summers in a row.");

        var error = Assert.Throws<SiteException>(() => DocxImport.Read(bytes[..(bytes.Length / 2)]));

        Assert.StartsWith(DocxImport.DisplayName + ": error: ", error.Message);
        Assert.Contains("damaged", error.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_refused()
    {
        var error = Assert.Throws<SiteException>(() => DocxImport.Read(Zip(("notes.txt", "just a zip"u8.ToArray()))));

        Assert.Contains(DocxImport.DisplayName, error.Message);
        Assert.Contains("not a Word document", error.Message);
    }

    [Fact]
    public void An_office_package_without_a_word_body_is_refused()
    {
        const string types = """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""";

        var error = Assert.Throws<SiteException>(() => DocxImport.Read(Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(types)))));

        Assert.StartsWith(DocxImport.DisplayName + ": error: not a Word document", error.Message);
    }

    [Fact]
    public void A_word_part_that_is_not_well_formed_xml_is_a_damaged_file()
    {
        var bytes = new DocxFixtureWriter().Write("The river has fallen for three summers in a row.");
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            var broken = zip.Entries.Select(e => (e.FullName, e.FullName == "word/document.xml" ? "<w:document><w:body>"u8.ToArray() : Read(e))).ToArray();
            bytes = Zip(broken);
        }

        var error = Assert.Throws<SiteException>(() => DocxImport.Read(bytes));

        Assert.StartsWith(DocxImport.DisplayName + ": error: the Word file is damaged", error.Message);
    }

    [Fact]
    public void An_old_doc_file_is_told_apart()
    {
        var error = Assert.Throws<SiteException>(() => DocxImport.Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]));

        Assert.Contains("old Word .doc", error.Message);
    }

    [Fact]
    public void A_part_that_inflates_past_the_limit_is_refused_before_parsing()
    {
        var huge = new byte[DocxPackageGuard.MaxPartBytes + 1];
        Array.Fill(huge, (byte)' ');
        var bytes = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", huge));

        var error = Assert.Throws<SiteException>(() => DocxImport.Read(bytes));

        Assert.Contains("zip bomb", error.Message);
        Assert.Contains("word/document.xml", error.Message);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
