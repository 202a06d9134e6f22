namespace BriefingSite.Import;

/// <summary>
/// A note definition found in a seed, before it is linked: its number as written, its text and
/// the 0-based lines it takes up.
/// </summary>
public sealed record NoteDefinition(string Label, int Value, NoteLabelShape Shape, string Text, IReadOnlyList<int> Lines)
{
    public int FirstLine => Lines[0];
}
