using System.Text;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// Turns a seed file's bytes into text: UTF-8 (with or without BOM), UTF-16 (by BOM, or by
/// where its zero bytes fall), else windows-1256 Arabic (windows-1252 when that reads as mostly
/// Latin). Line ends become <c>\n</c>; form feeds stay, as page breaks. Binary input is an error.
/// </summary>
public static class SeedReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SeedReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The seed file extensions <c>import</c> reads, in lower case.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>([".txt", ".pdf", ".html", ".htm", ".docx"], StringComparer.Ordinal);

    /// <summary>True when <paramref name="path"/> is a seed by its extension (<see cref="Extensions"/>, any case).</summary>
    public static bool IsSeed(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <param name="settings">The importer's settings where a reader needs them (the notes heading of a web page or Word file).</param>
    public static SeedText Read(string path, string displayName, int maxMegabytes = int.MaxValue, Config.ImportConfig? settings = null)
    {
        var length = new FileInfo(path).Length;
        if (length > maxMegabytes * 1024L * 1024L)
        {
            throw new SiteException(displayName, $"the seed is {length / (1024.0 * 1024.0):0.#} MB, over the {maxMegabytes} MB limit (import.max_seed_megabytes in site.yml); split it or raise the limit");
        }

        var bytes = File.ReadAllBytes(path);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".pdf":
                return Pdf.PdfSeedReader.Read(bytes, displayName);
            case ".html" or ".htm":
                return Html.HtmlSeedReader.Read(bytes, displayName, Path.GetDirectoryName(Path.GetFullPath(path)), settings);
            case ".docx":
                return Docx.DocxSeedReader.Read(bytes, displayName, settings);
        }

        var (text, encoding) = Decode(bytes, displayName);
        return new SeedText(displayName, NormaliseLineEnds(text), encoding, bytes);
    }

    /// <summary>
    /// Every kind of line end becomes <c>\n</c>, except a form feed: .NET counts it as a line end,
    /// but it marks a page break inside a line (pdftotext puts it before a page's first line), so
    /// it is kept for the page rules and line numbers stay those an editor shows.
    /// </summary>
    public static string NormaliseLineEnds(string text) =>
        string.Join('\f', text.Split('\f').Select(part => part.ReplaceLineEndings("\n")));

    public static (string Text, string Encoding) Decode(byte[] bytes, string displayName)
    {
        if (bytes.Length == 0)
        {
            throw new SiteException(displayName, "the seed is empty; remove it or paste the text into it");
        }

        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return (CheckText(StrictDecode(StrictUtf8, bytes.AsSpan(3), displayName), displayName), "utf-8-bom");
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return (CheckText(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), displayName), "utf-16le");
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return (CheckText(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), displayName), "utf-16be");
        }

        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            try
            {
                return (CheckText(utf16.Encoding.GetString(bytes), displayName), utf16.Name);
            }
            catch (DecoderFallbackException ex)
            {
                throw new SiteException(displayName, "the seed looks like UTF-16 without a byte order mark but does not decode as such; save it as UTF-8", inner: ex);
            }
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new SiteException(displayName, "the seed contains NUL bytes: it looks binary, not text. Export it as UTF-8 text");
        }

        try
        {
            return (CheckText(StrictUtf8.GetString(bytes), displayName), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Arabic text from older Windows tools is nearly always windows-1256. If that
            // reading is mostly Latin, the bytes were Western European (windows-1252) instead.
            var arabic = Encoding.GetEncoding(1256).GetString(bytes);
            return ScriptDetector.Detect(arabic) == ScriptDetector.Arabic
                ? (CheckText(arabic, displayName), "windows-1256")
                : (CheckText(Encoding.GetEncoding(1252).GetString(bytes), displayName), "windows-1252");
        }
    }

    /// <summary>
    /// UTF-16 without a byte order mark: every NUL byte sits on one side of its pair (spaces and
    /// Latin letters have a zero high byte), which binary data does not do.
    /// </summary>
    private static (Encoding Encoding, string Name)? Utf16WithoutBom(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                _ = i % 2 == 0 ? evenZeros++ : oddZeros++;
            }
        }

        var pairs = bytes.Length / 2;
        return (evenZeros, oddZeros) switch
        {
            (0, var odd) when odd * 10 >= pairs => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le"),
            (var even, 0) when even * 10 >= pairs => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be"),
            _ => null,
        };
    }

    private static string StrictDecode(UTF8Encoding encoding, ReadOnlySpan<byte> bytes, string displayName)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SiteException(displayName, "the seed starts with a UTF-8 byte order mark but is not valid UTF-8", inner: ex);
        }
    }

    private static string CheckText(string text, string displayName)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new SiteException(displayName, "the seed contains NUL characters: it looks binary, not text");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SiteException(displayName, "the seed has no text; remove it or paste the text into it");
        }

        return text;
    }
}
