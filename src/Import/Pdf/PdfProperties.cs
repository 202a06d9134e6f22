namespace BriefingSite.Import.Pdf;

/// <summary>The document information a PDF declares: title, author and creation date, where set.</summary>
public sealed record PdfProperties(string? Title, string? Author, DateTimeOffset? Created);
