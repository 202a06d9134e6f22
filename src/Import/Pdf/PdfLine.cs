namespace BriefingSite.Import.Pdf;

/// <summary>
/// One line of a page in reading order. <see cref="Text"/> is in logical order (Arabic from
/// its first letter, numbers and Latin words inside it as written); sizes are in points, the
/// median of the line's glyphs; positions are PDF user space (y grows upwards).
/// </summary>
public sealed record PdfLine(
    string Text,
    int Page,
    double FontSize,
    bool Bold,
    double Baseline,
    double Top,
    double Left,
    double Right,
    LineDirection Direction,
    IReadOnlyList<NoteMarker> Markers)
{
    /// <summary>The line's text with its note markers left out.</summary>
    public string TextWithoutMarkers
    {
        get
        {
            var text = Text;
            foreach (var marker in Markers.OrderByDescending(m => m.Start))
            {
                text = text.Remove(marker.Start, marker.Length);
            }

            return text;
        }
    }
}
