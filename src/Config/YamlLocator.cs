using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingSite.Config;

/// <summary>
/// Where a value sits in a YAML text, found from the parser's events, so an error about a value
/// read long after loading (a slug in seeds.yml) can still name its line and column.
/// </summary>
public static class YamlLocator
{
    /// <summary>Line and column (1-based) of the value under <paramref name="keys"/>; (0, 0) when not found.</summary>
    public static (int Line, int Column) Find(string yaml, params string[] keys)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            return parser.TryConsume<DocumentStart>(out _) ? Find(parser, keys, 0) : (0, 0);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            return (0, 0);
        }
    }

    /// <summary>
    /// The node that starts at (<paramref name="line"/>, <paramref name="column"/>): what kind it is
    /// ("a list", "a single value", …) and the key it is the value of, if any. Null when none starts
    /// there or the text is not well-formed YAML (then the parser's message says what is wrong).
    /// </summary>
    public static (string Kind, string? Key)? NodeAt(string yaml, long line, long column)
    {
        (string Kind, string? Key)? found = null;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var keys = new Stack<(bool IsMapping, bool ExpectKey, string? LastKey)>();
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var inMapping = keys.Count > 0 && keys.Peek().IsMapping;
                var isKey = inMapping && keys.Peek().ExpectKey;
                if (current is NodeEvent && !isKey && current.Start.Line == line && current.Start.Column == column)
                {
                    found ??= (KindOf(current), inMapping ? keys.Peek().LastKey : null);
                }

                if (current is NodeEvent && inMapping)
                {
                    var (_, expectKey, lastKey) = keys.Pop();
                    keys.Push((true, !expectKey, expectKey && current is Scalar scalar ? scalar.Value : lastKey));
                }

                switch (current)
                {
                    case MappingStart:
                        keys.Push((true, true, null));
                        break;
                    case SequenceStart:
                        keys.Push((false, false, null));
                        break;
                    case MappingEnd or SequenceEnd:
                        keys.TryPop(out _);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Not well-formed (YamlDotNet's scanner throws the latter on some broken flow lists).
            return null;
        }

        return found;
    }

    private static string KindOf(ParsingEvent node) => node switch
    {
        SequenceStart => "a list",
        MappingStart => "a group of keys and values",
        _ => "a single value",
    };

    private static (int Line, int Column) Find(IParser parser, string[] keys, int depth)
    {
        if (depth == keys.Length)
        {
            return ((int)parser.Current!.Start.Line, (int)parser.Current.Start.Column);
        }

        if (!parser.TryConsume<MappingStart>(out _))
        {
            return (0, 0);
        }

        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.TryConsume<Scalar>(out var key) && key.Value == keys[depth])
            {
                return Find(parser, keys, depth + 1);
            }

            if (key is null)
            {
                // A complex key (a list or mapping as key): not one of ours.
                parser.SkipThisAndNestedEvents();
            }

            parser.SkipThisAndNestedEvents();
        }

        return (0, 0);
    }
}
