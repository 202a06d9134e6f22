namespace BriefingSite.Import;

/// <summary>
/// Decides the publisher: the maintainer's override, else what the text states (a "Publisher:"
/// line, then the cover), else the document's properties, else an organisation named in a line.
/// A publisher the text names only by its initials ("GAO") is named in full where the document
/// properties do, and the initials are kept as its short name.
/// </summary>
public static class PublisherChooser
{
    public static (string? Publisher, string? Initials) Choose(string? overridden, TextMetadata stated, CoverInfo cover, string? declared)
    {
        if (overridden is not null)
        {
            return (overridden, null);
        }

        var found = stated.Publisher ?? cover.Publisher;
        return Abbreviation.Abbreviates(found, declared)
            ? (declared, found)
            : (found ?? declared ?? stated.Organisation, null);
    }
}
