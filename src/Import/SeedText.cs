using System.Security.Cryptography;

namespace BriefingSite.Import;

/// <summary>A decoded seed: its display name, its text with <c>\n</c> line ends, and what it was decoded from.</summary>
public sealed record SeedText(string File, string Text, string Encoding, byte[] Bytes)
{
    /// <summary>SHA-256 of the seed's bytes as stored, lowercase hex: the seed's identity for provenance.</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes));

    /// <summary>The program that took the text out of a document (a PDF), or null for a text file.</summary>
    public string? Extractor { get; init; }

    /// <summary>What the extractor left out of the text, for the import report (figures, images).</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];

    /// <summary>What the document declares about itself (title, authors, date, language), used where the text is silent.</summary>
    public DocumentProperties Properties { get; init; } = DocumentProperties.None;

    /// <summary>
    /// For formats that mark their headings (HTML, Word): 1-based line of each heading in
    /// <see cref="Text"/> → Markdown level. Null for plain text and PDF, whose headings are found
    /// by <see cref="HeadingDetector"/>.
    /// </summary>
    public IReadOnlyDictionary<int, int>? Headings { get; init; }

    /// <summary>Images kept from a web page or Word file; each stands in <see cref="Text"/> as an <see cref="Images.ImageMarker"/> line.</summary>
    public IReadOnlyList<Images.SeedImage> Images { get; init; } = [];
}
