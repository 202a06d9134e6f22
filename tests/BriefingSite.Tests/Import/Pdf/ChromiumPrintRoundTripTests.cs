using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Config;
using BriefingSite.Import;
using BriefingSite.Import.Pdf;
using BriefingSite.Tests.Import.Corpus;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>
/// Issue 12's round trip: real texts (a GAO report's passages, the Arabic Wikipedia article
/// "يورو"), with headings, notes, a list, a table and a running header and footer on every page,
/// printed to PDF by Chromium and imported back as a seed: the words in logical order, every
/// heading, every note, no furniture, and each Arabic sentence character for character.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed partial class ChromiumPrintRoundTripTests(ChromiumFixture chromium)
{
    public const string English = "roundtrip-en-gao-07-283";
    public const string Arabic = "roundtrip-ar-euro";

    private static readonly ConcurrentDictionary<string, Lazy<Task<RoundTrip>>> Trips = new(StringComparer.Ordinal);

    public static TheoryData<string> Fixtures => new(English, Arabic);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_words_come_back_in_logical_order(string fixture)
    {
        var trip = await TripAsync(fixture);
        var known = CorpusNormaliser.Words(BlockText(trip.Source.Body!));
        var extracted = CorpusNormaliser.Words(trip.Parsed.Meta.Title + "\n" + trip.Parsed.Body);

        var share = WordOrder.Share(known, extracted);

        Assert.True(share >= 0.995, $"{share:P2} of {known.Length} words in order:\n{trip.Parsed.Body}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_title_and_every_heading_come_back(string fixture)
    {
        var trip = await TripAsync(fixture);
        var headings = trip.Source.QuerySelectorAll("h2, h3").Select(h => h.TextContent.Trim()).Where(h => !NotesHeading().IsMatch(h)).ToList();
        var found = HeadingLine().Matches(trip.Parsed.Body).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(trip.Source.QuerySelector("h1")!.TextContent.Trim(), trip.Parsed.Meta.Title);
        Assert.NotEmpty(headings);

        // Levels are the text rules' (a sub-heading may come back one level up); the headings themselves must all be there.
        var missing = headings.Where(h => !found.Contains(h)).ToList();
        Assert.True(missing.Count == 0, $"missing {string.Join(", ", missing)} in:\n{trip.Parsed.Body}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Every_note_comes_back_linked_to_its_marker(string fixture)
    {
        var trip = await TripAsync(fixture);
        var notes = trip.Source.QuerySelectorAll("p > sup").Count(sup => sup.ParentElement!.FirstChild == sup);

        Assert.Equal(2, notes);
        Assert.Equal(notes, ImportCorpusScorer.LinkedNotes(trip.Parsed.Body));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_running_header_and_footer_are_gone(string fixture)
    {
        var trip = await TripAsync(fixture);

        Assert.True(trip.Pages >= 2, $"{trip.Pages} page(s): the header and footer must repeat");
        Assert.DoesNotContain(Header(fixture), trip.Parsed.Body, StringComparison.Ordinal);
        Assert.DoesNotMatch(FooterPattern(), trip.Parsed.Body);
    }

    [Fact]
    public async Task Arabic_sentences_come_back_character_for_character()
    {
        var trip = await TripAsync(Arabic);
        var body = Normalise(MarkdownDecoration().Replace(trip.Parsed.Body, ""));
        var sentences = trip.Source.QuerySelectorAll("p, li")
            .SelectMany(e => SentenceEnd().Split(Normalise(TextWithoutMarkers(e))))
            .Where(s => s.Length > 0)
            .ToList();

        Assert.True(sentences.Count > 20, $"{sentences.Count} sentences");
        Assert.All(sentences, s => Assert.Contains(s, body, StringComparison.Ordinal));
    }

    private async Task<RoundTrip> TripAsync(string fixture) =>
        await Trips.GetOrAdd(fixture, name => new Lazy<Task<RoundTrip>>(() => PrintAndImportAsync(name))).Value;

    private async Task<RoundTrip> PrintAndImportAsync(string fixture)
    {
        var html = await File.ReadAllTextAsync(PdfFiles.Path(fixture + ".html"));
        var page = await chromium.NewPageAsync();
        try
        {
            await page.SetContentAsync(html);
            var rightToLeft = fixture == Arabic;
            var pdf = await page.PdfAsync(new()
            {
                Format = "A4",
                DisplayHeaderFooter = true,
                HeaderTemplate = Template(Header(fixture), rightToLeft),
                FooterTemplate = Template(rightToLeft ? "صفحة <span class=\"pageNumber\"></span> من <span class=\"totalPages\"></span>" : "Page <span class=\"pageNumber\"></span>", rightToLeft),
                Margin = new() { Top = "25mm", Bottom = "25mm", Left = "20mm", Right = "20mm" },
            });
            var seed = PdfSeedReader.Read(pdf, fixture + ".pdf");
            var parsed = new SeedParser(Config.Value).Parse(seed, new SeedOverrides());
            return new RoundTrip(new HtmlParser().ParseDocument(html), parsed, PdfDocumentReader.Read(pdf, fixture + ".pdf").Pages.Count);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static readonly Lazy<SiteConfig> Config = new(() => SiteConfigLoader.Load(SitePaths.ForRoot(RepoPaths.Root)));

    private static string Header(string fixture) => fixture == Arabic ? "من ويكيبيديا، الموسوعة الحرة" : "GAO-07-283 Peak Oil Production";

    private static string Template(string content, bool rightToLeft) =>
        $"<div dir=\"{(rightToLeft ? "rtl" : "ltr")}\" style=\"font-size: 9pt; width: 100%; margin: 0 20mm; font-family: {(rightToLeft ? "'Noto Naskh Arabic'" : "'DejaVu Serif'")};\">{content}</div>";

    /// <summary>The page's text with a line break after every block, as a reader sees it.</summary>
    private static string BlockText(IElement body)
    {
        var text = new StringBuilder();
        foreach (var block in body.QuerySelectorAll("h1, h2, h3, p, li, th, td"))
        {
            text.Append(block.TextContent).Append('\n');
        }

        return text.ToString();
    }

    private static string TextWithoutMarkers(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var sup in copy.QuerySelectorAll("sup").ToList())
        {
            sup.Remove();
        }

        return copy.TextContent;
    }

    /// <summary>Normalised as the site shows text: composed, no tatweel or bidi controls, single spaces.</summary>
    private static string Normalise(string text) =>
        Space().Replace(Invisible().Replace(text.Normalize(NormalizationForm.FormC), ""), " ").Trim();

    private sealed record RoundTrip(IDocument Source, ParsedSeed Parsed, int Pages);

    [GeneratedRegex(@"^(Notes|الهوامش)$")]
    private static partial Regex NotesHeading();

    [GeneratedRegex(@"(?m)^#{2,6} (.+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"(?m)^(Page \d+|صفحة \d+ من \d+)\s*$")]
    private static partial Regex FooterPattern();

    // Note references and Markdown escapes are the importer's, not the text's.
    [GeneratedRegex(@"\[\^\d+\]|\\(?=[^\w\s])")]
    private static partial Regex MarkdownDecoration();

    [GeneratedRegex(@"(?<=[.!؟:])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]")]
    private static partial Regex Invisible();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
