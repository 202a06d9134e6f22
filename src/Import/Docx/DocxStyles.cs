using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingSite.Import.Docx;

/// <summary>
/// Resolves a paragraph's style to what it means for the import: Word's built-in Title,
/// Subtitle, Heading 1–9, table of contents styles, the Author, Date and Abstract styles that
/// pandoc and templates use, and any style based on one of them (a house "Chapter Heading"
/// based on Heading 1 is a heading). A style or paragraph with an outline level is a heading at
/// that level. Styles are found by their names, which stay English whatever the Word language.
/// </summary>
public sealed class DocxStyles
{
    /// <summary>How deep a chain of based-on styles is followed (a loop in a broken file ends it).</summary>
    private const int MaxChain = 20;

    private readonly Dictionary<string, Style> _byId;
    private readonly string? _defaultId;

    public DocxStyles(Styles? styles)
    {
        var paragraphStyles = styles?.Elements<Style>().Where(s => s.Type?.Value == StyleValues.Paragraph && s.StyleId?.Value is not null).ToList() ?? [];
        _byId = paragraphStyles.DistinctBy(s => s.StyleId!.Value!).ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        _defaultId = paragraphStyles.FirstOrDefault(s => s.Default?.Value == true)?.StyleId?.Value;
    }

    public DocxStyle Of(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var style = Resolve(properties?.ParagraphStyleId?.Val?.Value ?? _defaultId);
        if (properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9 && style.Kind is DocxStyleKind.Body)
        {
            return style with { Kind = DocxStyleKind.Heading, Level = outline + 2 };
        }

        return style;
    }

    /// <summary>True for a paragraph styled Caption (by id or name, or a style based on it): a figure's or table's caption.</summary>
    public bool IsCaption(Paragraph paragraph)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; id is not null && depth < MaxChain; depth++)
        {
            if (string.Equals(id, "Caption", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!_byId.TryGetValue(id, out var style))
            {
                return false;
            }

            if (string.Equals(style.StyleName?.Val?.Value, "caption", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            id = style.BasedOn?.Val?.Value;
        }

        return false;
    }

    private DocxStyle Resolve(string? id)
    {
        int? numberingId = null;
        var numberingLevel = 0;
        for (var depth = 0; id is not null && depth < MaxChain && _byId.TryGetValue(id, out var style); depth++)
        {
            var numbering = style.StyleParagraphProperties?.NumberingProperties;
            if (numberingId is null && numbering?.NumberingId?.Val?.Value is { } num)
            {
                numberingId = num;
                numberingLevel = numbering.NumberingLevelReference?.Val?.Value ?? 0;
            }

            if (Named(style.StyleName?.Val?.Value ?? id, style.StyleParagraphProperties?.OutlineLevel?.Val?.Value) is { } kind)
            {
                return kind with { NumberingId = kind.Kind == DocxStyleKind.Body ? numberingId : null, NumberingLevel = numberingLevel };
            }

            id = style.BasedOn?.Val?.Value;
        }

        return DocxStyle.Body with { NumberingId = numberingId, NumberingLevel = numberingLevel };
    }

    /// <summary>What a style's own name (or outline level) says, or null to ask the style it is based on.</summary>
    private static DocxStyle? Named(string name, int? outlineLevel)
    {
        var key = name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (key.StartsWith("toc", StringComparison.Ordinal))
        {
            return new DocxStyle(DocxStyleKind.Contents);
        }

        if (key.StartsWith("heading", StringComparison.Ordinal) && int.TryParse(key.AsSpan(7), out var level) && level is >= 1 and <= 9)
        {
            return new DocxStyle(DocxStyleKind.Heading, Math.Min(level + 1, 6));
        }

        return key switch
        {
            "title" => new DocxStyle(DocxStyleKind.Title),
            "subtitle" => new DocxStyle(DocxStyleKind.Subtitle),
            "author" => new DocxStyle(DocxStyleKind.Author),
            "date" => new DocxStyle(DocxStyleKind.Date),
            "abstract" => new DocxStyle(DocxStyleKind.Abstract),
            "normal" => DocxStyle.Body,
            _ when outlineLevel is { } outline && outline < 9 => new DocxStyle(DocxStyleKind.Heading, Math.Min(outline + 2, 6)),
            _ => null,
        };
    }
}
