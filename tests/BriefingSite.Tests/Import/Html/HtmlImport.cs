using System.Text;
using BriefingSite.Import;
using BriefingSite.Import.Html;
using BriefingSite.Tests.Import.Corpus;

namespace BriefingSite.Tests.Import.Html;

/// <summary>Reads a small page written in a test as a <c>.html</c> seed and imports it with the corpus's site.yml (which knows Persian).</summary>
internal static class HtmlImport
{
    public static SeedText Read(string html, string file = "seeds/page.html") => HtmlSeedReader.Read(Encoding.UTF8.GetBytes(html), file, settings: ImportCorpus.Config.Import);

    public static ParsedSeed Parse(string html) => new SeedParser(ImportCorpus.Config).Parse(Read(html), new SeedOverrides());

    public static string Page(string body, string head = "", string lang = "en", string dir = "ltr") =>
        $"<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>Site</title>{head}</head><body>{body}</body></html>";
}
