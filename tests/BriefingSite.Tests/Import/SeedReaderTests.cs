using System.Text;
using BriefingSite.Diagnostics;
using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class SeedReaderTests
{
    private const string Arabic = "العمل الحزبي في العراق";

    static SeedReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Reads_utf8_with_and_without_bom()
    {
        Assert.Equal(Arabic, SeedReader.Decode(Encoding.UTF8.GetBytes(Arabic), "s").Text);
        Assert.Equal(Arabic, SeedReader.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Arabic)], "s").Text);
    }

    [Fact]
    public void Reads_utf16_by_its_bom() =>
        Assert.Equal(Arabic, SeedReader.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Arabic)], "s").Text);

    [Fact]
    public void Falls_back_to_windows_1256_for_legacy_arabic()
    {
        var decoded = SeedReader.Decode(Encoding.GetEncoding(1256).GetBytes(Arabic), "s");
        Assert.Equal((Arabic, "windows-1256"), decoded);
    }

    [Fact]
    public void Western_european_legacy_text_is_not_read_as_arabic()
    {
        const string French = "La république, l'état de droit et l'élection légiférée.";
        Assert.Equal((French, "windows-1252"), SeedReader.Decode(Encoding.GetEncoding(1252).GetBytes(French), "s"));
    }

    [Fact]
    public void Reads_utf16_big_and_little_endian_with_and_without_bom()
    {
        const string Mixed = "العراق and Iran\nسطر ثان";
        Assert.Equal((Mixed, "utf-16be"), SeedReader.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Mixed)], "s"));
        Assert.Equal((Mixed, "utf-16le"), SeedReader.Decode(Encoding.Unicode.GetBytes(Mixed), "s"));
        Assert.Equal((Mixed, "utf-16be"), SeedReader.Decode(Encoding.BigEndianUnicode.GetBytes(Mixed), "s"));
    }

    [Fact]
    public void Crlf_and_cr_line_ends_become_lf_in_every_encoding()
    {
        var path = Path.GetTempFileName();
        try
        {
            foreach (var encoding in new[] { Encoding.UTF8, Encoding.Unicode, Encoding.GetEncoding(1256) })
            {
                File.WriteAllBytes(path, encoding.GetBytes(Arabic + "\r\nسطر\rثالث\r\n"));
                Assert.Equal(Arabic + "\nسطر\nثالث\n", SeedReader.Read(path, "s").Text);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 })]
    public void Rejects_empty_blank_and_binary_seeds_naming_the_file(byte[] bytes)
    {
        var error = Assert.Throws<SiteException>(() => SeedReader.Decode(bytes, "seeds/bad.txt"));
        Assert.Equal("seeds/bad.txt", error.Diagnostic.File);
    }
}
