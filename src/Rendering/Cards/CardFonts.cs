using System.Security.Cryptography;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using SkiaSharp;

namespace BriefingSite.Rendering.Cards;

/// <summary>
/// The fonts in <c>theme/fonts/</c> the cards are drawn with (see its README): an Arabic-script
/// font and a Latin one, regular and bold. Read from the theme, never fetched. Each text gets a
/// fallback list like a browser's <c>font-family</c>: its own script's font first, the other
/// for what that one lacks.
/// </summary>
public sealed class CardFonts : IDisposable
{
    public const string ArabicRegularFile = "NotoNaskhArabic-Regular.ttf";
    public const string ArabicBoldFile = "NotoNaskhArabic-Bold.ttf";
    public const string LatinRegularFile = "NotoSans-Regular.ttf";
    public const string LatinBoldFile = "NotoSans-Bold.ttf";

    private readonly CardFace _arabicRegular;
    private readonly CardFace _arabicBold;
    private readonly CardFace _latinRegular;
    private readonly CardFace _latinBold;

    private CardFonts(CardFace arabicRegular, CardFace arabicBold, CardFace latinRegular, CardFace latinBold)
    {
        _arabicRegular = arabicRegular;
        _arabicBold = arabicBold;
        _latinRegular = latinRegular;
        _latinBold = latinBold;
    }

    /// <summary>The folder under the theme that holds the fonts.</summary>
    public static string Folder(SitePaths paths) => Path.Combine(paths.Theme, "fonts");

    /// <summary>Loads the four fonts; a missing or unreadable one is an error naming its file.</summary>
    public static CardFonts Load(string folder, Func<string, string>? display = null) => new(
        LoadFace(folder, ArabicRegularFile, display),
        LoadFace(folder, ArabicBoldFile, display),
        LoadFace(folder, LatinRegularFile, display),
        LoadFace(folder, LatinBoldFile, display));

    /// <summary>
    /// The hashes of the font files, in a fixed order, for cache keys (a changed font redraws every card),
    /// read from the files without loading them into Skia: a build whose cards are all reused never starts Skia.
    /// </summary>
    public static IReadOnlyList<string> FileHashes(string folder, Func<string, string>? display = null) =>
        [.. new[] { ArabicRegularFile, ArabicBoldFile, LatinRegularFile, LatinBoldFile }
            .Select(name => Convert.ToHexStringLower(SHA256.HashData(ReadFont(folder, name, display).Bytes)))];

    /// <summary>The fallback list for a text: the Arabic font first when the text has Arabic-script letters.</summary>
    public IReadOnlyList<CardFace> For(string text, bool bold) =>
        BidiClasses.HasArabicScript(text)
            ? bold ? [_arabicBold, _latinBold] : [_arabicRegular, _latinRegular]
            : bold ? [_latinBold, _arabicBold] : [_latinRegular, _arabicRegular];

    public void Dispose()
    {
        foreach (var face in new[] { _arabicRegular, _arabicBold, _latinRegular, _latinBold })
        {
            face.Dispose();
        }
    }

    private static CardFace LoadFace(string folder, string name, Func<string, string>? display)
    {
        var (bytes, shown) = ReadFont(folder, name, display);
        using var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data)
            ?? throw new SiteException(shown, "not a font file Skia can read (TrueType or OpenType expected)");
        return new CardFace(name, typeface);
    }

    private static (byte[] Bytes, string Shown) ReadFont(string folder, string name, Func<string, string>? display)
    {
        var path = Path.Combine(folder, name);
        var shown = display?.Invoke(path) ?? path;
        if (!File.Exists(path))
        {
            throw new SiteException(shown, "share-card font missing: the cards are drawn with the fonts named in theme/fonts/README.md");
        }

        return (File.ReadAllBytes(path), shown);
    }
}
