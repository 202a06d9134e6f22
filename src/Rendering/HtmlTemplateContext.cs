using Scriban;
using Scriban.Parsing;

namespace BriefingSite.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is
/// <see cref="RawHtml"/>. Scriban does not escape by default; with this, a forgotten
/// <c>html.escape</c> cannot let a front-matter value inject markup.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Escape(textAsObject));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Escape(textAsObject));

    private string Escape(object? value) => value switch
    {
        null => "",
        RawHtml raw => raw.Html,
        string text => HtmlText.Escape(text),
        _ => HtmlText.Escape(ObjectToString(value) ?? ""),
    };
}
