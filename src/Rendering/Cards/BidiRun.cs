namespace BriefingSite.Rendering.Cards;

/// <summary>
/// A stretch of a line at one embedding level, in logical order: <see cref="Start"/> and
/// <see cref="Length"/> index the line's text. An odd level is written right to left.
/// </summary>
public sealed record BidiRun(int Start, int Length, int Level)
{
    public bool RightToLeft => Level % 2 == 1;
}
