namespace BriefingSite.Import.Pdf;

/// <summary>
/// The document information a PDF declares: title, author and creation date, where set, and
/// the programs that made it (<see cref="Creator"/>, <see cref="Producer"/>), which tell a
/// browser's print, dated the day it was printed, from a publisher's file.
/// </summary>
public sealed record PdfProperties(string? Title, string? Author, DateTimeOffset? Created)
{
    public string? Creator { get; init; }

    public string? Producer { get; init; }
}
