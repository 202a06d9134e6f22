using BriefingSite.Import.Pdf;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>The real PDFs the tests read (copied from the development corpus), each read once.</summary>
internal static class PdfFiles
{
    public const string BlinkenAbbas = "ar_produced_state-blinken-abbas-2021-05-12_chromium";
    public const string EuroWikipedia = "ar_produced_wikipedia-euro_chromium";
    public const string GrantsManagement = "en_gao-06-1046_grants-management";
    public const string Testimony = "en_gao-08-587t_testimony";

    private static readonly Dictionary<string, Lazy<PdfDocumentText>> Documents = new[] { BlinkenAbbas, EuroWikipedia, GrantsManagement, Testimony }
        .ToDictionary(name => name, name => new Lazy<PdfDocumentText>(() => PdfDocumentReader.Read(Path(name + ".pdf"), name + ".pdf")));

    public static string Path(string file) => System.IO.Path.Combine(RepoPaths.Root, "tests", "BriefingSite.Tests", "Import", "Pdf", "Files", file);

    public static PdfDocumentText Read(string name) => Documents[name].Value;
}
