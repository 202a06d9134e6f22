using System.Text;
using System.Xml;

namespace BriefingSite.Publishing.Discovery;

/// <summary>Writes an XML document as UTF-8 without a byte-order mark, declaring utf-8 (a StringWriter would declare utf-16).</summary>
public static class XmlOutput
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static string Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = " " };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
