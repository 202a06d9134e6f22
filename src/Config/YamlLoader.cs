using BriefingSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BriefingSite.Config;

/// <summary>
/// Reads YAML into typed records with snake_case keys. Duplicate and unknown keys are errors
/// (found from parser events by <see cref="YamlShape"/>), and every YAML error becomes a
/// <see cref="SiteException"/> naming the file and the line of the parser's mark.
/// </summary>
public static class YamlLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(SnakeCaseKeys.Instance)
        .WithCaseInsensitivePropertyMatching()
        .Build();

    /// <param name="yaml">The YAML text.</param>
    /// <param name="file">The file name used in error messages.</param>
    /// <param name="lineOffset">Lines before <paramref name="yaml"/> in the file (front-matter starts after <c>---</c>).</param>
    public static T Load<T>(string yaml, string file, int lineOffset = 0)
        where T : new() => Load<T>(yaml, file, lineOffset, out _);

    /// <param name="lines">The line of every value by path (<c>title</c>, <c>abstracts.en</c>, <c>authors[1]</c>).</param>
    public static T Load<T>(string yaml, string file, int lineOffset, out IReadOnlyDictionary<string, int> lines)
        where T : new()
    {
        try
        {
            lines = YamlShape.Check(yaml, typeof(T), file, lineOffset);
            return Deserializer.Deserialize<T>(yaml) ?? new T();
        }
        catch (YamlException ex)
        {
            // The innermost error is the one at the failing value; the outer ones mark where its mapping began.
            var innermost = Innermost(ex);
            var line = (int)innermost.Start.Line + lineOffset;
            var column = (int)innermost.Start.Column;
            throw new SiteException(file, Describe(innermost, yaml), line, column, ex);
        }
    }

    private static string Describe(YamlException innermost, string yaml)
    {
        // Text that is not well-formed YAML, found by the parser (YamlShape reads it first) or by the
        // deserializer resolving anchors: YamlDotNet's own words say what is wrong, at the mark's place.
        if (innermost is SyntaxErrorException or SemanticErrorException or AnchorNotFoundException or ForwardAnchorNotSupportedException)
        {
            return $"invalid YAML: {innermost.Message}";
        }

        if (innermost.InnerException is FormatException or OverflowException)
        {
            // A number setting (list_page_size: many) or a date that does not parse.
            return $"invalid value: {innermost.InnerException.Message}";
        }

        // Well-formed YAML of the wrong shape (a list where one value belongs): YamlDotNet's own
        // message names .NET types, which mean nothing to a maintainer; the parser's events say what
        // kind of value starts at the mark, and under which key.
        return YamlLocator.NodeAt(yaml, innermost.Start.Line, innermost.Start.Column) is { } node
            ? $"invalid value{(node.Key is null ? "" : $" for '{node.Key}'")}: it cannot be {node.Kind} here"
            : "invalid value: this is not the kind of value this key takes";
    }

    private static YamlException Innermost(YamlException ex)
    {
        // YamlDotNet wraps the error at a value in one or two layers.
        while (ex.InnerException is YamlException inner)
        {
            ex = inner;
        }

        return ex;
    }
}
