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
    private readonly SitePaths _paths;

    private Theme(SitePaths paths, Dictionary<string, Template> templates)
    {
        _paths = paths;
        _templates = templates;
    }

    public static readonly IReadOnlyList<string> RequiredLayouts = ["layout", "root", "home", "briefing", "list", "topics", "page", "notfound"];

    public string LayoutsFolder => Path.Combine(_paths.Theme, "layouts");

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

            var template = Template.Parse(File.ReadAllText(path), file);
            if (template.HasErrors)
            {
                var first = template.Messages[0];
                throw new SiteException(file, $"template error: {first.Message}", first.Span.Start.Line + 1, first.Span.Start.Column + 1);
            }

            templates[name] = template;
        }

        return new Theme(paths, templates);
    }

    /// <summary>Renders one template with the given globals; every written value is HTML-escaped.</summary>
    public string Render(string name, ScriptObject globals)
    {
        var context = new HtmlTemplateContext
        {
            StrictVariables = true,
            MemberRenamer = StandardMemberRenamer.Default,
            TemplateLoader = new ThemeIncludeLoader(LayoutsFolder),
            LoopLimit = 0,
        };
        context.PushGlobal(globals);
        try
        {
            return _templates[name].Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new SiteException(ex.Span.FileName ?? name, $"template error: {ex.OriginalMessage}", ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, ex);
        }
    }
}
