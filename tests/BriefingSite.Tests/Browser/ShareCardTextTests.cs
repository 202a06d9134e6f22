using BriefingSite.Rendering.Cards;
using BriefingSite.Tests.Support;
using SkiaSharp;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// The cards' text drawing against Chromium's: the same line in the same font file at the same
/// size, drawn by <see cref="LineShaper"/> and by the browser (font loaded with @font-face from the
/// theme folder), must have the same ink shape. Drawing the text unshaped (isolated letters, in
/// logical order, as Hugo's cards do) or in the wrong direction must not, so the comparison can fail.
/// The images are written to artifacts/screenshots/cards/ for a person to look at.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class ShareCardTextTests(ChromiumFixture chromium, ITestOutputHelper output) : IDisposable
{
    private const float Size = 56;
    private static readonly string FontFolder = Path.Combine(RepoPaths.Root, "theme", "fonts");
    private static readonly string Folder = Path.Combine(ScreenshotTests.Folder, "cards");
    private readonly CardFonts _fonts = CardFonts.Load(FontFolder);
    private readonly LineShaper _shaper = new();

    public static TheoryData<string, string, bool> Lines => new()
    {
        { "arabic", "العمل الحزبي في العراق إلى أين؟", true },
        { "english", "The New Landscape of Iranian Politics", false },
        { "mixed", "تقرير GAO-07-283 عن النفط 2024", true },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task A_line_is_drawn_as_Chromium_draws_it(string name, string text, bool rtl)
    {
        var browser = InkProfile.Of(await ChromiumLine(name, text, rtl));
        var ours = InkProfile.Of(Save($"{name}-ours", Draw(_shaper.Shape(text, rtl, _fonts.For(text, bold: true), Size))));

        var matches = ours.Matches(browser, out var how);
        output.WriteLine($"{name}: {how}");
        Assert.True(matches, $"{name}: {how}");
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task Text_drawn_unshaped_or_reversed_does_not_match(string name, string text, bool rtl)
    {
        var browser = InkProfile.Of(await ChromiumLine(name, text, rtl));
        var faces = _fonts.For(text, bold: true);

        var wrongDirection = InkProfile.Of(Save($"{name}-reversed", Draw(Reversed(_shaper.Shape(text, rtl, faces, Size)))));
        var reversedMatches = wrongDirection.Matches(browser, out var how);
        output.WriteLine($"{name} reversed: {how}");
        Assert.False(reversedMatches, $"{name} drawn reversed still matched: {how}");
        if (rtl)
        {
            var unshaped = InkProfile.Of(Save($"{name}-unshaped", Draw(Unshaped(text, faces))));
            var unshapedMatches = unshaped.Matches(browser, out how);
            output.WriteLine($"{name} unshaped: {how}");
            Assert.False(unshapedMatches, $"{name} drawn unshaped still matched: {how}");
        }
    }

    /// <summary>The repository site's cards, copied where CI keeps screenshots for a person to look at.</summary>
    [Fact]
    public void Writes_the_site_cards_to_the_screenshots()
    {
        var output = chromium.Site.Site.Output;
        var cards = Directory.EnumerateFiles(output, "*.card.png", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            using var image = SKBitmap.Decode(card);
            Assert.Equal((CardPainter.Width, CardPainter.Height), (image.Width, image.Height));
            var name = Path.GetRelativePath(output, card).Replace(Path.DirectorySeparatorChar, '-');
            Directory.CreateDirectory(Path.Combine(Folder, "site"));
            File.Copy(card, Path.Combine(Folder, "site", name), overwrite: true);
        }
    }

    private async Task<SKBitmap> ChromiumLine(string name, string text, bool rtl)
    {
        Directory.CreateDirectory(Folder);
        var fonts = _fonts.For(text, bold: true).Select(f => f.FileName).ToList();
        var html = Path.Combine(Path.GetTempPath(), $"card-line-{name}-{Environment.ProcessId}.html");
        File.WriteAllText(html, $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>
            @font-face { font-family: "Card0"; src: url("{{new Uri(Path.Combine(FontFolder, fonts[0])).AbsoluteUri}}"); }
            @font-face { font-family: "Card1"; src: url("{{new Uri(Path.Combine(FontFolder, fonts[1])).AbsoluteUri}}"); }
            body { margin: 0; background: #fff; }
            p { display: inline-block; margin: 0; padding: 24px; color: #000; font: {{Size}}px/1.6 "Card0", "Card1"; font-synthesis: none; white-space: nowrap; }
            </style></head><body><p dir="{{(rtl ? "rtl" : "ltr")}}">{{System.Net.WebUtility.HtmlEncode(text)}}</p></body></html>
            """);
        try
        {
            var page = await chromium.NewPageAsync(1600);
            await page.GotoAsync(new Uri(html).AbsoluteUri);
            // Load both faces (a face no letter needs stays unloaded), then require that both loaded.
            Assert.True(await page.EvaluateAsync<bool>("Promise.all([...document.fonts].map(f => f.load())).then(all => all.every(f => f.status === 'loaded'), () => false)"), "Chromium did not load the theme's fonts");
            var png = await page.Locator("p").ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}-chromium.png") });
            await page.Context.CloseAsync();
            return SKBitmap.Decode(png);
        }
        finally
        {
            File.Delete(html);
        }
    }

    /// <summary>Glyphs straight from the font's character map, left to right in logical order: no joining, no reordering.</summary>
    private ShapedLine Unshaped(string text, IReadOnlyList<CardFace> faces)
    {
        var pieces = text.EnumerateRunes().Select(r =>
        {
            var face = faces.FirstOrDefault(f => f.Covers(r.Value)) ?? faces[0];
            using var font = new SKFont(face.Typeface, Size);
            var glyph = font.GetGlyph(r.Value);
            return new ShapedPiece(face, [glyph], [new SKPoint(0, 0)], font.GetGlyphWidths([glyph], null)[0]);
        });
        return new ShapedLine(text, [.. pieces], Size);
    }

    /// <summary>The shaped glyphs in the opposite order, each keeping its advance: the line laid out in the wrong direction.</summary>
    private static ShapedLine Reversed(ShapedLine line) => line with
    {
        Pieces = [.. line.Pieces.Reverse().Select(p =>
        {
            var advances = p.Positions.Select((q, i) => (i + 1 < p.Positions.Length ? p.Positions[i + 1].X : p.Width) - q.X).Reverse().ToArray();
            var x = 0f;
            var positions = advances.Select(a => { var at = new SKPoint(x, 0); x += a; return at; }).ToArray();
            return p with { Glyphs = [.. p.Glyphs.Reverse()], Positions = positions };
        })],
    };

    private static SKBitmap Draw(ShapedLine line)
    {
        var bitmap = new SKBitmap((int)line.Width + 48, (int)(Size * 1.6) + 48);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        CardPainter.DrawLine(canvas, line, alignRight: false, 24, 24 + line.Width, 24 + Size * 1.1f, SKColors.Black);
        return bitmap;
    }

    private static SKBitmap Save(string name, SKBitmap bitmap)
    {
        Directory.CreateDirectory(Folder);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(Folder, name + ".png"), data.ToArray());
        return bitmap;
    }

    public void Dispose()
    {
        _shaper.Dispose();
        _fonts.Dispose();
    }
}
