using System.Reflection;
using BriefingSite.Diagnostics;

namespace BriefingSite.Content;

/// <summary>Removes bidi control characters from every front-matter text value, warning once per key with its line.</summary>
public static class FrontMatterCleaner
{
    private static readonly PropertyInfo[] TextProperties =
        [.. typeof(FrontMatter).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite)];

    public static FrontMatter Clean(FrontMatter meta, MarkdownFile parsed, string file, DiagnosticBag diagnostics)
    {
        // A private copy: the parsed record stays untouched, and only this copy is edited in place.
        var cleaned = meta with { };
        foreach (var property in TextProperties)
        {
            if (property.GetValue(meta) is string value && BidiControls.Contains(value))
            {
                property.SetValue(cleaned, BidiControls.Strip(value));
                Warn(property.Name, parsed, file, diagnostics);
            }
        }

        if (meta.Authors.Any(BidiControls.Contains) || meta.Topics.Any(BidiControls.Contains))
        {
            cleaned = cleaned with { Authors = [.. meta.Authors.Select(BidiControls.Strip)], Topics = [.. meta.Topics.Select(BidiControls.Strip)] };
            Warn("authors/topics", parsed, file, diagnostics);
        }

        return cleaned;
    }

    private static void Warn(string key, MarkdownFile parsed, string file, DiagnosticBag diagnostics)
    {
        var yamlKey = YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance.Apply(key);
        diagnostics.Warning(file, $"removed bidi control characters from '{yamlKey}': they can reorder what readers see", parsed.LineOf(yamlKey));
    }
}
