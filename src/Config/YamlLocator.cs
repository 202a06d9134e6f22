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
        catch (YamlException)
        {
            return (0, 0);
        }
    }

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
