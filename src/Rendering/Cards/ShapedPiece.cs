using SkiaSharp;

namespace BriefingSite.Rendering.Cards;

/// <summary>Glyphs of one font, shaped, in visual order: x positions from the piece's left edge.</summary>
public sealed record ShapedPiece(CardFace Face, ushort[] Glyphs, SKPoint[] Positions, float Width);
