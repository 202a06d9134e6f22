using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingSite.Import.Docx;

/// <summary>
/// The document's footnotes and endnotes, numbered in one sequence in the order their
/// references appear in the text, as the text importer numbers notes: each reference becomes
/// <c>[n]</c> where it stands, and each note's text is read once the body is done.
/// </summary>
public sealed class DocxNotes(FootnotesPart? footnotes, EndnotesPart? endnotes)
{
    private readonly Dictionary<long, Footnote> _footnotes = footnotes?.Footnotes?.Elements<Footnote>().Where(f => f.Id?.Value is not null).DistinctBy(f => f.Id!.Value).ToDictionary(f => f.Id!.Value) ?? [];
    private readonly Dictionary<long, Endnote> _endnotes = endnotes?.Endnotes?.Elements<Endnote>().Where(e => e.Id?.Value is not null).DistinctBy(e => e.Id!.Value).ToDictionary(e => e.Id!.Value) ?? [];
    private readonly List<OpenXmlCompositeElement> _referenced = [];

    /// <summary>How many notes the text referenced.</summary>
    public int Count => _referenced.Count;

    /// <summary>The marker for a footnote or endnote reference, or null when the part has no such note.</summary>
    public string? Marker(FootnoteEndnoteReferenceType reference)
    {
        OpenXmlCompositeElement? note = reference switch
        {
            FootnoteReference { Id.Value: { } id } => _footnotes.GetValueOrDefault(id),
            EndnoteReference { Id.Value: { } id } => _endnotes.GetValueOrDefault(id),
            _ => null,
        };
        if (note is null || note.Descendants<Text>().All(t => string.IsNullOrWhiteSpace(t.Text)))
        {
            return null;
        }

        _referenced.Add(note);
        return "[" + _referenced.Count.ToString(CultureInfo.InvariantCulture) + "]";
    }

    /// <summary>Each referenced note's number and its paragraphs, in order.</summary>
    public IEnumerable<(int Number, IReadOnlyList<Paragraph> Paragraphs)> Referenced() =>
        _referenced.Select((note, i) => (i + 1, (IReadOnlyList<Paragraph>)[.. note.Descendants<Paragraph>()]));
}
