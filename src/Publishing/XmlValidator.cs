using System.Xml;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing;

/// <summary>Checks that every XML file of the built site (feeds, sitemap) is well-formed; errors carry line and column.</summary>
public static class XmlValidator
{
    public static IReadOnlyList<Diagnostic> Validate(IReadOnlyCollection<OutputFile> files)
    {
        var problems = new List<Diagnostic>();
        foreach (var file in files.Where(f => f.Path.EndsWith(".xml", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            try
            {
                using var reader = XmlReader.Create(
                    file.Text is not null ? new StringReader(file.Text) : new StreamReader(file.CopyFrom!),
                    new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                while (reader.Read())
                {
                }
            }
            catch (XmlException ex)
            {
                problems.Add(Diagnostic.Error(file.Path, $"not well-formed XML: {ex.Message}", ex.LineNumber, ex.LinePosition));
            }
        }

        return problems;
    }
}
