using BriefingSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BriefingSite.Config;

/// <summary>
/// Reads YAML into typed records with snake_case keys. Unknown keys are errors, and every
/// YAML error becomes a <see cref="SiteException"/> naming the file and line.
/// </summary>
public static class YamlLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithCaseInsensitivePropertyMatching()
        .Build();

    /// <param name="yaml">The YAML text.</param>
    /// <param name="file">The file name used in error messages.</param>
    /// <param name="lineOffset">Lines before <paramref name="yaml"/> in the file (front-matter starts after <c>---</c>).</param>
    public static T Load<T>(string yaml, string file, int lineOffset = 0)
        where T : new()
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml) ?? new T();
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + lineOffset;
            var column = (int)ex.Start.Column;
            throw new SiteException(file, Describe<T>(ex, yaml), line, column, ex);
        }
    }

    private static string Describe<T>(YamlException ex, string yaml)
    {
        var innermost = Innermost(ex);
        if (innermost.InnerException is FormatException or OverflowException)
        {
            // A number setting (list_page_size: many) or a date that does not parse.
            return $"invalid value: {innermost.InnerException.Message}";
        }

        var message = innermost.Message;
        var unknown = UnknownKeyName(message);
        if (unknown is null)
        {
            // Well-formed YAML of the wrong shape (a list where one value belongs): YamlDotNet's
            // own message names .NET types, which mean nothing to a maintainer.
            if (innermost is not SyntaxErrorException && YamlLocator.NodeAt(yaml, ex.Start.Line, ex.Start.Column) is { } node)
            {
                return $"invalid value{(node.Key is null ? "" : $" for '{node.Key}'")}: it cannot be {node.Kind} here";
            }

            // Broken YAML that YamlDotNet reports by the .NET type it wanted: say it in words.
            return message.Contains(", Version=", StringComparison.Ordinal)
                ? "invalid YAML: this value is not well-formed (an unclosed bracket or quote?) or not the kind of value this key takes"
                : $"invalid YAML: {message}";
        }

        var known = KnownKeys.Of(typeof(T));
        var closest = ClosestKey.Find(unknown, known);
        var hint = closest is null ? "" : $" Did you mean '{closest}'?";
        return $"unknown key '{unknown}'.{hint} Known keys: {string.Join(", ", known)}.";
    }

    private static Exception Innermost(Exception ex)
    {
        // YamlDotNet wraps the useful message ("Property 'x' not found") in one or two layers.
        while (ex.InnerException is YamlException inner)
        {
            ex = inner;
        }

        return ex;
    }

    private static string? UnknownKeyName(string message)
    {
        const string prefix = "Property '";
        var start = message.IndexOf(prefix, StringComparison.Ordinal);
        if (start < 0 || !message.Contains("not found", StringComparison.Ordinal))
        {
            return null;
        }

        start += prefix.Length;
        var end = message.IndexOf('\'', start);
        return end > start ? message[start..end] : null;
    }
}
