namespace BriefingSite.Publishing.Pdf;

/// <summary>The browser could not start or could not print a page; the message is one line, fit for a user.</summary>
public sealed class PdfPrintException(string message, Exception? inner = null) : Exception(message, inner);
