using BriefingSite.Import;

namespace BriefingSite.Tests.Import.Docx;

/// <summary>Reads Word bytes as a seed file would be read (through <see cref="SeedReader"/>) and parses it.</summary>
internal static class DocxImport
{
    public const string DisplayName = "seeds/test.docx";

    public static SeedText Read(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"docx-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(path, bytes);
        try
        {
            return SeedReader.Read(path, DisplayName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static ParsedSeed Parse(byte[] bytes) => new SeedParser(SeedParsing.Config).Parse(Read(bytes), new SeedOverrides());
}
