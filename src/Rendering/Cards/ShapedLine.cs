namespace BriefingSite.Rendering.Cards;

/// <summary>A line ready to draw: its pieces left to right, and its total advance width at the size it was shaped.</summary>
public sealed record ShapedLine(string Text, IReadOnlyList<ShapedPiece> Pieces, float Size)
{
    public float Width { get; } = Pieces.Sum(p => p.Width);
}
