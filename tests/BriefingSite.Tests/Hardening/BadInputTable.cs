using System.Text;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// One row per kind of bad input from the hardening issue: how to make it, and what the
/// maintainer must be told (file, line where known, a phrase of the message).
/// Rows with <see cref="BadInput.Succeeds"/> are inputs that must build despite looking odd.
/// </summary>
public static class BadInputTable
{
    private const string Page = "input/en/bad.md";
    private const string EncodedSeedTitle = "تقرير عن الانتخابات";
    private const string Manifest = "seeds/seeds.yml";
    private const string State = "input/.import-state.yml";
    private const string RealSeed = "000_1993dceb7893cd24.txt";

    public static IReadOnlyList<BadInput> Rows { get; } =
    [
        new("malformed YAML front-matter", s => s.Write(Page, "---\ntitle: [unclosed\nlang: en\n---\nx"), Page, 2, "invalid YAML"),
        new("unknown front-matter key", s => s.Write(Page, "---\ntitle: T\nlang: en\nsumary: x\n---\nx"), Page, 4, "Did you mean 'summary'?"),
        new("front-matter value of the wrong shape (a list for the title)", s => s.Write(Page, "---\ntitle: [a, b]\nlang: en\n---\nx"), Page, 2, "invalid value for 'title': it cannot be a list here"),
        new("missing title", s => s.Write(Page, "---\nlang: en\n---\nx"), Page, 1, "missing 'title'"),
        new("invalid date", s => s.Write(Page, "---\ntitle: T\nlang: en\ndate: 31/12/2004\n---\nx"), Page, 4, "yyyy-MM-dd"),
        new("unknown language", s => s.Write(Page, "---\ntitle: T\nlang: fa\n---\nx"), Page, 3, "unknown language 'fa'"),
        new("two pages with one slug", s =>
        {
            s.Write("input/en/one/same.md", "---\ntitle: A\nlang: en\n---\nx");
            s.Write("input/en/two/same.md", "---\ntitle: B\nlang: en\n---\nx");
        }, "input/en/two/same.md", 0, "two pages would be written to en/briefings/same.html"),
        new("translation key twice in one language", s =>
        {
            s.Write("input/en/a.md", "---\ntitle: A\nlang: en\ntranslation_key: k\n---\nx");
            s.Write("input/en/b.md", "---\ntitle: B\nlang: en\ntranslation_key: k\n---\nx");
        }, "input/en/b.md", 0, "translation_key 'k' is used twice"),
        new("empty seed", s => s.Write("seeds/empty.txt", ""), "seeds/empty.txt", 0, "the seed is empty"),
        new("binary seed", s => File.WriteAllBytes(Path.Combine(s.Root, "seeds/binary.txt"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), "seeds/binary.txt", 0, "looks binary"),
        new("50 MB seed", s => WriteLargeSeed(Path.Combine(s.Root, "seeds/huge.txt"), 50), "seeds/huge.txt", 0, "over the 10 MB limit"),
        new("Markdown nested thousands deep", s => s.Write(Page, "---\ntitle: T\nlang: en\n---\n\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- item\n"))), Page, 0, "nested too deep"),
        new("template error", s => s.Write("theme/layouts/page.sbn", "<h1>{{ page.title </h1>\n"), "theme/layouts/page.sbn", 1, "template error"),
        new("UI string the site needs missing from the theme (an older theme)", s =>
        {
            foreach (var language in new[] { "ar", "en" })
            {
                var file = $"theme/i18n/{language}.yml";
                s.Write(file, string.Join('\n', s.Read(file).Split('\n').Where(l => !l.StartsWith("nav_topics:", StringComparison.Ordinal))));
            }
        }, "theme/i18n/ar.yml", 0, "UI string 'nav_topics' is used by the site but missing here"),
        new("missing theme file", s => File.Delete(Path.Combine(s.Root, "theme/layouts/topics.sbn")), "theme/layouts/topics.sbn", 0, "theme file missing"),
        new("unreadable input file", s => File.CreateSymbolicLink(Path.Combine(s.Root, "input/en/gone.md"), Path.Combine(s.Root, "input/en/missing-target.md")), "input/en/gone.md", 0, "cannot read the file"),
        new("output that is a file", s =>
        {
            Directory.Delete(s.Output, recursive: true);
            File.WriteAllText(s.Output, "not a folder");
        }, "output", 0, "the output path is a file"),
        new("symlink in input pointing outside the repository", s => File.CreateSymbolicLink(Path.Combine(s.Root, "input/en/passwd.md"), "/etc/passwd"), "input/en/passwd.md", 0, "outside the site folder"),
        new("symlink in seeds pointing outside the repository", s => File.CreateSymbolicLink(Path.Combine(s.Root, "seeds/passwd.txt"), "/etc/passwd"), "seeds/passwd.txt", 0, "outside the site folder"),
        new("symlink in theme assets pointing outside the repository", s => File.CreateSymbolicLink(Path.Combine(s.Root, "theme/assets/private.css"), "/etc/passwd"), "theme/assets/private.css", 0, "outside the site folder"),
        new("slug in seeds.yml that climbs out of input", s => s.Write(Manifest, $"seeds:\n  {RealSeed}:\n    slug: ../../../escaped-seed\n"), Manifest, 3, "slug '../../../escaped-seed' may hold only"),
        new("language in seeds.yml that is a path", s => s.Write(Manifest, $"seeds:\n  {RealSeed}:\n    lang: ../../x\n"), Manifest, 3, "'../../x' is not a language of site.yml"),
        new("import state naming a file outside input", s => s.Write(State, $"seeds:\n  {RealSeed}:\n    output: ../victim.md\n    seed_sha256: x\n    generated_sha256: y\n"), State, 3, "output '../victim.md' leads outside input/"),
        new("bidi controls in a title are removed with a warning", s => s.Write(Page, "---\ntitle: \"Safe \u202Egnp.exe\"\nlang: en\n---\nx"), Page, 2, "bidi control", Succeeds: true),
        new("seed in windows-1256", s => WriteEncodedSeed(s, "seeds/cp1256.txt", 1256), "", 0, "", Succeeds: true, Shows: EncodedSeedTitle),
        new("seed in UTF-16", s => WriteEncodedSeed(s, "seeds/utf16.txt", 1200), "", 0, "", Succeeds: true, Shows: EncodedSeedTitle),
        new("script URL as publisher_url is left out with a warning", s => s.Write(Page, "---\ntitle: T\nlang: en\npublisher_url: \"javascript://x.org/%0aalert(1)\"\n---\nx"), Page, 4, "'publisher_url' is not an http(s)", Succeeds: true),
        new("control characters in a title are removed with a warning", s => s.Write(Page, "---\ntitle: \"Bad\\vtitle\\0\"\nlang: en\n---\nx"), Page, 2, "control characters from 'title'", Succeeds: true),
        new("bidi controls in abstracts are removed with a warning", s => s.Write(Page, "---\ntitle: T\nlang: en\nabstracts:\n  ar: \"\u202Eملخص\"\n---\nx"), Page, 5, "from 'abstracts.ar'", Succeeds: true),
        new("input file in windows-1256", s => WriteEncodedPage(s, Page, 1256), Page, 2, "invalid UTF-8 at byte offset 11"),
        new("front-matter key written twice", s => s.Write(Page, "---\ntitle: A\nlang: en\ntitle: B\n---\nx"), Page, 4, "key 'title' is written twice"),
        new("site.yml key written twice", s => s.Write("site.yml", "base_url: https://example.org/\n" + s.Read("site.yml")), "site.yml", 5, "key 'base_url' is written twice"),
        new("seeds.yml key written twice", s => s.Write("seeds/seeds.yml", "seeds:\n  a.txt:\n    slug: a\n    slug: b\n"), "seeds/seeds.yml", 4, "key 'slug' is written twice"),
        new("tab in front-matter YAML", s => s.Write(Page, "---\ntitle: T\nlang: en\ndate: 2004-01-02\nsummary: s\ntopics: []\n\tauthors: [A]\n---\nx"), Page, 7, "invalid YAML"),
        new("raw HTML nested 100,000 deep", s => s.Write(Page, "---\ntitle: T\nlang: en\n---\n" + string.Concat(Enumerable.Repeat("<div>\n", 100_000))), Page, 69, "raw HTML nested too deep"),
    ];

    public static TheoryData<string> Names() => [.. Rows.Select(r => r.Name)];

    private static void WriteLargeSeed(string path, int megabytes)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var paragraph = string.Join(' ', Enumerable.Repeat("The Guardian Council rejected the candidacy of reformist deputies.", 15)) + "\n\n";
        for (var written = 0L; written < megabytes * 1024L * 1024L; written += paragraph.Length)
        {
            writer.Write(paragraph);
        }
    }

    /// <summary>An input page whose Arabic title was saved in another encoding: its first non-ASCII byte is at offset 11, line 2.</summary>
    private static void WriteEncodedPage(TempSite site, string relativePath, int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(site.Root, relativePath), Encoding.GetEncoding(codePage).GetBytes("---\ntitle: " + EncodedSeedTitle + "\nlang: en\n---\nx\n"));
    }

    private static void WriteEncodedSeed(TempSite site, string relativePath, int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(codePage);
        var text = EncodedSeedTitle + "\n\nعلي حسن\n\nمقدمة\n\nشهد العراق انتخابات برلمانية جديدة في عام 2021، وقد شاركت فيها أحزاب كثيرة من كل المحافظات.\n";
        File.WriteAllBytes(Path.Combine(site.Root, relativePath), [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
    }
}

/// <param name="File">The file the message must name ("" for rows that succeed).</param>
/// <param name="Line">The line the message must name; 0 where the input has no line.</param>
/// <param name="Shows">For rows that succeed: text the Arabic home must then show.</param>
public sealed record BadInput(string Name, Action<TempSite> Arrange, string File, int Line, string Message, bool Succeeds = false, string? Shows = null);
