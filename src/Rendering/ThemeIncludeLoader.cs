using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingSite.Rendering;

/// <summary>Resolves <c>{{ include "partials/x.sbn" }}</c> inside <c>theme/layouts/</c>, and nowhere else.</summary>
public sealed class ThemeIncludeLoader(string layoutsFolder) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(layoutsFolder);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = Path.GetFullPath(Path.Combine(_root, templateName));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' points outside theme/layouts");
        }

        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new ScriptRuntimeException(callerSpan, $"include file not found: {templatePath}");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
