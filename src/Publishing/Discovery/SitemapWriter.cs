using System.Globalization;
using BriefingSite.Content;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing.Discovery;

/// <summary>
/// <c>sitemap.xml</c>: every page but 404.html, by absolute URL, with an
/// <c>xhtml:link rel="alternate" hreflang</c> per language version and <c>x-default</c>.
/// </summary>
public static class SitemapWriter
{
    public static OutputFile Write(RouteTable routes)
    {
        var heads = new HeadViewBuilder(routes);
        var baseUrl = routes.Site.Config.BaseUrl;
        return new(SiteUrls.Sitemap, XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("urlset", XmlOutput.SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XmlOutput.XhtmlNamespace);
            foreach (var route in routes.All.Where(r => r.Kind != RouteKind.NotFound).OrderBy(r => r.OutputPath, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", XmlOutput.SitemapNamespace);
                xml.WriteElementString("loc", XmlOutput.SitemapNamespace, SiteUrls.Absolute(baseUrl, route.OutputPath));
                if (route.Page?.Date is { } date)
                {
                    xml.WriteElementString("lastmod", XmlOutput.SitemapNamespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                foreach (var alternate in heads.Alternates(route))
                {
                    xml.WriteStartElement("link", XmlOutput.XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.Hreflang);
                    xml.WriteAttributeString("href", alternate.Url);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }));
    }
}
