using SkiaSharp;

namespace BriefingSite.Rendering.Cards;

/// <summary>One bundled font file, loaded: its typeface (the hash of its bytes, part of every card's cache key, is <see cref="CardFonts.FileHashes"/>).</summary>
public sealed class CardFace(string fileName, SKTypeface typeface) : IDisposable
{
    // Glyph lookups only (no size): SKFont's cmap queries are read-only, safe from many threads.
    private readonly SKFont _lookup = new(typeface);

    public string FileName { get; } = fileName;

    public SKTypeface Typeface { get; } = typeface;

    /// <summary>Whether the font has a glyph for the code point (else the next font of the list draws it).</summary>
    public bool Covers(int codePoint) => _lookup.ContainsGlyph(codePoint);

    public override string ToString() => FileName;

    public void Dispose()
    {
        _lookup.Dispose();
        Typeface.Dispose();
    }
}
