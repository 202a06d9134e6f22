using System.Text;
using BriefingSite.Config;
using BriefingSite.Tests.Import.Images;

namespace BriefingSite.Tests.Config;

/// <summary>Image types are told by their bytes, never by a name, and sizes read from the headers.</summary>
public sealed class ImageFormatTests
{
    private static readonly byte[] Jpeg =
    [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
        0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x20, 0x00, 0x30, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9,
    ];

    private static readonly byte[] Gif = [.. "GIF89a"u8, 0x30, 0x00, 0x20, 0x00, 0xF7, 0, 0];

    private static readonly byte[] WebP = [.. "RIFF"u8, 30, 0, 0, 0, .. "WEBPVP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0, 47, 0, 0, 31, 0, 0];

    public static TheoryData<string, string, int, int> Headers => new()
    {
        { "png", "PNG", 48, 32 },
        { "jpeg", "JPEG", 48, 32 },
        { "gif", "GIF", 48, 32 },
        { "webp", "WebP", 48, 32 },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void The_format_and_size_come_from_the_header(string which, string name, int width, int height)
    {
        var bytes = which switch { "png" => ImageFixtures.Png, "jpeg" => Jpeg, "gif" => Gif, _ => WebP };

        var format = ImageFormat.Sniff(bytes);

        Assert.NotNull(format);
        Assert.Equal(name, format.Name);
        Assert.Equal((width, height), format.Size(bytes));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", true)]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\n<!DOCTYPE svg><svg onload=\"alert(1)\"/>", true)]
    [InlineData("<html><body><img src=x onerror=alert(1)></body></html>", false)]
    [InlineData("PK\u0003\u0004 not an image", false)]
    public void SVG_and_other_files_are_not_images_the_site_publishes(string text, bool svg)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.Null(ImageFormat.Sniff(bytes));
        Assert.Equal(svg, ImageFormat.LooksLikeSvg(bytes));
    }

    [Fact]
    public void A_file_is_named_by_its_format_only_with_a_matching_extension()
    {
        Assert.True(ImageFormat.Png.NamedBy("map.PNG"));
        Assert.True(ImageFormat.Jpeg.NamedBy("photo.jpeg"));
        Assert.False(ImageFormat.Png.NamedBy("map.html"));
        Assert.False(ImageFormat.Png.NamedBy("map.png.html"));
    }
}
