using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingSite.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is
/// <see cref="RawHtml"/>. Scriban does not escape by default; with this, a forgotten
/// <c>html.escape</c> cannot let a front-matter value inject markup.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    // Outputs for partials, kept with the context so their buffers are not grown again per call.
    private readonly Stack<StringBuilderOutput> _spareOutputs = new();

    /// <summary>An empty output for a partial; give it back with <see cref="ReturnOutput"/>.</summary>
    public StringBuilderOutput RentOutput()
    {
        var output = _spareOutputs.TryPop(out var spare) ? spare : new StringBuilderOutput();
        output.Builder.Clear();
        return output;
    }

    public void ReturnOutput(StringBuilderOutput output) => _spareOutputs.Push(output);

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
