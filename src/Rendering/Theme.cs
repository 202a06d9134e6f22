using System.Collections.Concurrent;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingSite.Rendering;

/// <summary>
/// The Scriban templates in <c>theme/layouts/</c>, parsed once. Templates are data: editing
/// one needs no recompile. Parse and runtime errors name the theme file and line.
/// </summary>
public sealed class Theme
{
    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, Template> _partials;

    // The theme's own functions, built once and shared read-only by every render.
    private readonly ScriptObject _functions = new();

    // Contexts not in use; one per thread rendering at once, at most.
    private readonly ConcurrentBag<HtmlTemplateContext> _contexts = [];

    private Theme(Dictionary<string, Template> templates, Dictionary<string, Template> partials)
    {
        _templates = templates;
        _partials = partials;
        _functions.SetValue("partial", new PartialFunction(this), readOnly: true);
    }

    public static IReadOnlyList<string> RequiredLayouts { get; } = ["layout", "root", "home", "briefing", "list", "topics", "page", "search", "notfound", "side-by-side"];

    public static Theme Load(SitePaths paths)
    {
        var folder = Path.Combine(paths.Theme, "layouts");
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var name in RequiredLayouts)
        {
            var path = Path.Combine(folder, name + ".sbn");
            var file = paths.Display(path);
            if (!File.Exists(path))
            {
                throw new SiteException(file, $"theme file missing: the theme needs {string.Join(", ", RequiredLayouts.Select(n => n + ".sbn"))} in theme/layouts/");
            }

            templates[name] = Parse(path, file);
        }

        var partialsFolder = Path.Combine(folder, "partials");
        var partials = Directory.Exists(partialsFolder)
            ? Directory.EnumerateFiles(partialsFolder, "*.sbn").ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => Parse(p, paths.Display(p)), StringComparer.Ordinal)
            : [];
        return new Theme(templates, partials);
    }

    private static Template Parse(string path, string file)
    {
        var template = Template.Parse(File.ReadAllText(path), file);
        if (template.HasErrors)
        {
            var first = template.Messages[0];
            throw new SiteException(file, $"template error: {first.Message}", first.Span.Start.Line + 1, first.Span.Start.Column + 1);
        }

        return template;
    }

    /// <summary>
    /// Renders a page: its template, whose output becomes the global <c>content</c>, then the layout
    /// around it. Every written value is HTML-escaped.
    /// </summary>
    public string RenderPage(string name, ScriptObject globals)
    {
        var context = _contexts.TryTake(out var pooled) ? pooled : NewContext();
        try
        {
            // Each template gets fresh local variables, as in a context of its own.
            context.PushGlobal(globals);
            globals["content"] = new RawHtml(Render(context, _templates[name]));
            context.PopGlobal();
            context.PushGlobal(globals);
            var html = Render(context, _templates["layout"]);
            context.PopGlobal();

            // Only a context that finished cleanly goes back: a failed render may leave scopes pushed.
            _contexts.Add(context);
            return html;
        }
        catch (ScriptRuntimeException ex)
        {
            throw new SiteException(ex.Span.FileName ?? name, $"template error: {ex.OriginalMessage}", ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, ex);
        }
    }

    /// <summary>
    /// A context for one render at a time, kept for the next: it holds Scriban's per-type member
    /// accessors (made by reflection), its built-in functions and its grown output buffers, which
    /// would otherwise be made again for every page.
    /// </summary>
    private HtmlTemplateContext NewContext()
    {
        var context = new HtmlTemplateContext
        {
            StrictVariables = true,
            MemberRenamer = StandardMemberRenamer.Default,
            LoopLimit = 0,
            // Scriban cuts any value longer than 1 MiB and appends "..."; a listing of thousands
            // of briefings is longer than that, so there is no limit.
            LimitToString = 0,
        };
        context.PushGlobal(_functions);
        return context;
    }

    private static string Render(TemplateContext context, Template template) => template.Render(context) ?? "";

    /// <summary>
    /// <c>{{ partial "card" }}</c>: renders <c>layouts/partials/card.sbn</c> in the caller's scope
    /// (so it sees the loop variable) and returns it as HTML, which the escaping context keeps as is.
    /// Partials are parsed once, unlike Scriban's <c>include</c>, which re-reads per render.
    /// </summary>
    private RawHtml RenderPartial(TemplateContext context, string name)
    {
        if (!_partials.TryGetValue(name, out var partial))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"partial '{name}' not found in theme/layouts/partials/");
        }

        var html = (HtmlTemplateContext)context;
        var output = html.RentOutput();
        context.PushOutput(output);
        try
        {
            return new RawHtml(Render(context, partial));
        }
        finally
        {
            context.PopOutput();
            html.ReturnOutput(output);
        }
    }

    /// <summary>
    /// The <c>partial</c> function called directly: a delegate imported into Scriban is called by
    /// reflection, which cost more than rendering the partial itself.
    /// </summary>
    private sealed class PartialFunction(Theme theme) : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(RawHtml);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            theme.RenderPartial(context, context.ToObject<string>(callerContext?.Span ?? context.CurrentSpan, arguments[0]) ?? "");

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
