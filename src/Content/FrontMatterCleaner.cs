using System.Reflection;
using System.Text;
using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Content;

/// <summary>
/// Cleans every front-matter string at any depth (titles, authors, topics, abstracts, source):
/// removes bidi controls, control characters other than tab and newline, and what XML cannot
/// hold (lone surrogates, U+FFFE, U+FFFF), warning with the line of each value changed; then
/// drops a <c>publisher_url</c> that <see cref="UrlPolicy"/> refuses, with a warning. So no
/// later step (templates, feeds, the sitemap) ever meets such a character.
/// </summary>
public static class FrontMatterCleaner
{
    // Each settable property with its snake_case key (the path a warning names), made once rather than for every page.
    private static readonly (PropertyInfo Property, string Key)[] Properties =
        [.. typeof(FrontMatter).GetProperties().Where(p => p.CanWrite).Select(p => (p, SnakeCaseKeys.Instance.Apply(p.Name)))];

    public static FrontMatter Clean(FrontMatter meta, MarkdownFile parsed, string file, DiagnosticBag diagnostics)
    {
        // A private copy: the parsed record stays untouched, and only this copy is edited in place.
        var cleaned = meta with { };
        foreach (var (property, key) in Properties)
        {
            string Text(string value, string path) => CleanText(value, path, parsed, file, diagnostics);
            object? value = property.GetValue(meta) switch
            {
                string text => Text(text, key),
                List<string> list => list.Select((item, i) => Text(item, $"{key}[{i}]")).ToList(),
                Dictionary<string, string> map => map.ToDictionary(pair => pair.Key, pair => Text(pair.Value, $"{key}.{pair.Key}"), StringComparer.Ordinal),
                SourceInfo source => source with { File = Text(source.File, $"{key}.file"), Sha256 = Text(source.Sha256, $"{key}.sha256") },
                var other => other,
            };
            property.SetValue(cleaned, value);
        }

        if (cleaned.PublisherUrl is { } url && UrlPolicy.Classify(url) != UrlKind.External)
        {
            diagnostics.Warning(file, "'publisher_url' is not an http(s), mailto or tel address (or holds control characters); it is left out, so nothing links to it", parsed.LineOf("publisher_url"));
            cleaned = cleaned with { PublisherUrl = null };
        }

        return cleaned;
    }

    private static string CleanText(string value, string path, MarkdownFile parsed, string file, DiagnosticBag diagnostics)
    {
        if (!HasUnwanted(value))
        {
            return value;
        }

        var kept = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogatePair(value, i))
            {
                kept.Append(value, i++, 2);
            }
            else if (!IsUnwanted(value[i]))
            {
                kept.Append(value[i]);
            }
        }

        diagnostics.Warning(file, $"removed bidi control or other control characters from '{path}': they can reorder what readers see or break feeds", parsed.LineOf(path));
        return kept.ToString();
    }

    private static bool HasUnwanted(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogatePair(value, i))
            {
                i++;
            }
            else if (IsUnwanted(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnwanted(char c) =>
        BidiControls.IsControl(c) || (char.IsControl(c) && c is not ('\t' or '\n')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
