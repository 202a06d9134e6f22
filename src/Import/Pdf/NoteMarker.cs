namespace BriefingSite.Import.Pdf;

/// <summary>
/// A note marker in a line: a run of digits set smaller than the line and raised above its
/// baseline, at <see cref="Start"/> for <see cref="Length"/> characters of the line's text.
/// </summary>
public sealed record NoteMarker(int Start, int Length, int Number);
