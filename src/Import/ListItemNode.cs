namespace BriefingSite.Import;

/// <summary>
/// One list item: a bullet (<see cref="Number"/> null) or a numbered item keeping its number.
/// <see cref="Level"/> is 0 at the margin and 1 for an indented item nested under the one before.
/// </summary>
public sealed record ListItemNode(string Text, int Line, int? Number, int Level) : BodyNode(Text, Line)
{
    public bool IsOrdered => Number is not null;
}
