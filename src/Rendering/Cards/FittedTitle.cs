namespace BriefingSite.Rendering.Cards;

/// <summary>A title laid out for a card: its shaped lines, the font size it fits at, and whether it was cut short.</summary>
public sealed record FittedTitle(IReadOnlyList<ShapedLine> Lines, float Size, bool Cut);
