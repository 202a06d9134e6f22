using System.Buffers.Binary;

namespace BriefingSite.Config;

/// <summary>
/// The image formats the site publishes, told by their bytes, never by a name or a declared type:
/// PNG, JPEG, GIF and WebP. SVG is refused everywhere (it can carry script that runs when the file
/// is opened on its own), and so is anything else. Width and height are read from the header
/// where that is cheap, so pages reserve the image's space before it loads.
/// </summary>
public sealed record ImageFormat(string Name, string Extension)
{
    /// <summary>An image larger than this is refused: a briefing's figure is far smaller.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    public static readonly ImageFormat Png = new("PNG", ".png");
    public static readonly ImageFormat Jpeg = new("JPEG", ".jpg");
    public static readonly ImageFormat Gif = new("GIF", ".gif");
    public static readonly ImageFormat WebP = new("WebP", ".webp");

    /// <summary>The format of <paramref name="bytes"/>, or null when it is none the site publishes.</summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png,
        [0xFF, 0xD8, 0xFF, ..] => Jpeg,
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => Gif,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => WebP,
        _ => null,
    };

    /// <summary>True when the bytes look like SVG (XML text naming an <c>svg</c> element near its start).</summary>
    public static bool LooksLikeSvg(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') && head.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="fileName"/> ends in an extension of this format (<c>.jpeg</c> too for JPEG), any case.</summary>
    public bool NamedBy(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension == Extension || (this == Jpeg && extension == ".jpeg");
    }

    /// <summary>Width and height in pixels from the header, or null when the header does not say them plainly.</summary>
    public (int Width, int Height)? Size(ReadOnlySpan<byte> bytes)
    {
        if (this == Png && bytes.Length >= 24)
        {
            return Checked(BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..]));
        }

        if (this == Gif && bytes.Length >= 10)
        {
            return Checked(BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]));
        }

        if (this == WebP && bytes.Length >= 30)
        {
            return WebPSize(bytes);
        }

        return this == Jpeg ? JpegSize(bytes) : null;
    }

    private static (int, int)? WebPSize(ReadOnlySpan<byte> bytes)
    {
        var chunk = System.Text.Encoding.ASCII.GetString(bytes[12..16]);
        return chunk switch
        {
            "VP8X" => Checked(1 + (bytes[24] | bytes[25] << 8 | bytes[26] << 16), 1 + (bytes[27] | bytes[28] << 8 | bytes[29] << 16)),
            "VP8 " => Checked(BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF),
            "VP8L" when bytes[20] == 0x2F => Checked(1 + ((bytes[21] | bytes[22] << 8) & 0x3FFF), 1 + ((bytes[22] >> 6 | bytes[23] << 2 | bytes[24] << 10) & 0x3FFF)),
            _ => null,
        };
    }

    /// <summary>The size in the first start-of-frame marker, walking the segments from the start.</summary>
    private static (int, int)? JpegSize(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 9 < bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return Checked(BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]));
            }

            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
        }

        return null;
    }

    private static (int, int)? Checked(int width, int height) =>
        width is > 0 and <= 65535 && height is > 0 and <= 65535 ? (width, height) : null;
}
