using System.IO.Compression;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import.Docx;

/// <summary>
/// Checks a <c>.docx</c> seed's zip before the Open XML SDK reads it, since seeds are untrusted:
/// it must be a zip (not a legacy or encrypted <c>.doc</c>), hold a Word document, and every
/// XML part must inflate to a sane size (a zip bomb is refused before anything parses it). The
/// sizes are measured by inflating, not taken from the zip's headers, which can lie.
/// </summary>
public static class DocxPackageGuard
{
    /// <summary>No Word part of a briefing comes near this; a bomb inflates far past it.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>All XML parts together.</summary>
    public const long MaxTotalBytes = 128L * 1024 * 1024;

    private const int MaxEntries = 10_000;

    public static void Check(byte[] bytes, string displayName)
    {
        if (bytes.Length == 0)
        {
            throw new SiteException(displayName, "the seed is empty; remove it or save the Word document again");
        }

        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            throw new SiteException(displayName, "this is an old Word .doc file or a password-protected document, not a .docx; open it in Word and save it as .docx without a password");
        }

        if (bytes is not [0x50, 0x4B, 0x03, 0x04, ..])
        {
            throw new SiteException(displayName, "not a Word document: a .docx file is a zip package and this one is not; save it again from Word as .docx");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new SiteException(displayName, $"the Word package holds {zip.Entries.Count} parts, over {MaxEntries}; it is not a document this importer reads");
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                throw new SiteException(displayName, "not a Word document: the zip has no [Content_Types].xml, so it is not an Office package");
            }

            long total = 0;
            foreach (var entry in zip.Entries.Where(IsXml))
            {
                total += Inflated(entry, displayName);
                if (total > MaxTotalBytes)
                {
                    throw new SiteException(displayName, $"the Word package's XML inflates to over {MaxTotalBytes / (1024 * 1024)} MB; refused as a likely zip bomb");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new SiteException(displayName, $"the Word file is damaged (its zip cannot be read: {ex.Message}); save it again from Word", inner: ex);
        }
    }

    private static bool IsXml(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bytes an entry inflates to, read up to one past the limit.</summary>
    private static long Inflated(ZipArchiveEntry entry, string displayName)
    {
        using var stream = entry.Open();
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            size += read;
            if (size > MaxPartBytes)
            {
                throw new SiteException(displayName, $"the Word part '{entry.FullName}' inflates to over {MaxPartBytes / (1024 * 1024)} MB; refused as a likely zip bomb");
            }
        }

        return size;
    }
}
