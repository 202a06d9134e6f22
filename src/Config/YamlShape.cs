using System.Collections.Concurrent;
using System.Reflection;
using BriefingSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingSite.Config;

/// <summary>
/// Reads YAML as parser events, before it is turned into records, to check what the deserializer
/// lets pass or reports without a place: a key written twice in one mapping (YAML would keep the
/// last silently), and a key the target record does not have. Positions come from the events'
/// marks. Returns the line of every value by path (<c>title</c>, <c>abstracts.en</c>, <c>authors[1]</c>).
/// </summary>
public static class YamlShape
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, (string Key, PropertyInfo Property)>> KeyedProperties = new();

    /// <param name="lineOffset">Lines before the YAML in its file.</param>
    /// <exception cref="SiteException">A duplicate or unknown key, naming file and line.</exception>
    /// <exception cref="SyntaxErrorException">The text is not YAML (the caller reports it with its mark).</exception>
    public static IReadOnlyDictionary<string, int> Check(string yaml, Type type, string file, int lineOffset)
    {
        var scanner = new Scanner(new StringReader(yaml), skipComments: true);
        var walk = new Walk(new Parser(scanner), scanner, yaml, file, lineOffset);
        walk.Document(type);
        return walk.Lines;
    }

    private sealed class Walk(IParser parser, IScanner scanner, string yaml, string file, int lineOffset)
    {
        private readonly Stack<(Mark Start, bool Flow)> _openCollections = new();
        private Mark _lastEnd = Mark.Empty;

        public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

        public void Document(Type type)
        {
            while (MoveNext())
            {
                if (parser.Current is DocumentStart)
                {
                    MoveNext();
                    Node(type, "");
                    return;
                }
            }
        }

        /// <summary>Reads the node at the current event and moves past it.</summary>
        private void Node(Type? type, string path)
        {
            switch (parser.Current)
            {
                case MappingStart:
                    MoveNext();
                    Mapping(type, path);
                    break;
                case SequenceStart:
                    MoveNext();
                    var item = ItemType(type);
                    for (var i = 0; Current() is not SequenceEnd; i++)
                    {
                        var itemPath = $"{path}[{i}]";
                        Lines.TryAdd(itemPath, Line(parser.Current!.Start));
                        Node(item, itemPath);
                    }

                    MoveNext();
                    break;
                default:
                    // A scalar or an alias.
                    MoveNext();
                    break;
            }
        }

        private void Mapping(Type? type, string path)
        {
            var properties = IsRecord(type) ? PropertiesOf(type!) : null;
            var valueType = properties is null ? DictionaryValueType(type) : null;
            var seen = new Dictionary<string, int>(properties is null ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
            while (Current() is not MappingEnd)
            {
                if (parser.Current is not Scalar key)
                {
                    // A complex key: nothing maps to it, the deserializer reports it.
                    Node(null, path);
                    Node(null, path);
                    continue;
                }

                var line = Line(key.Start);
                if (!seen.TryAdd(key.Value, line))
                {
                    throw new SiteException(file, $"key '{key.Value}' is written twice in one mapping (first on line {seen[key.Value]}); YAML would keep only the last, so remove one", line, (int)key.Start.Column);
                }

                var name = key.Value;
                Type? childType = valueType;
                if (properties is not null)
                {
                    if (!properties.TryGetValue(name, out var keyed))
                    {
                        var known = KnownKeys.Of(type!);
                        var closest = ClosestKey.Find(name, known);
                        var hint = closest is null ? "" : $" Did you mean '{closest}'?";
                        throw new SiteException(file, $"unknown key '{name}'.{hint} Known keys: {string.Join(", ", known)}.", line, (int)key.Start.Column);
                    }

                    name = keyed.Key;
                    childType = keyed.Property.PropertyType;
                }

                var childPath = path.Length == 0 ? name : $"{path}.{name}";
                Lines.TryAdd(childPath, line);
                MoveNext();
                Node(childType, childPath);
            }

            MoveNext();
        }

        /// <summary>The current event; the parser throws before a document ends inside a collection, this is a guard against looping.</summary>
        private ParsingEvent Current() => parser.Current ?? throw new SyntaxErrorException(scanner.CurrentPosition, scanner.CurrentPosition, "the YAML ends inside a mapping or list");

        private int Line(Mark mark) => (int)mark.Line + lineOffset;

        /// <summary>The parser's next event; a syntax error gets the place where reading failed.</summary>
        private bool MoveNext()
        {
            try
            {
                var moved = parser.MoveNext();
                if (parser.Current is { } current)
                {
                    _lastEnd = current.End;
                    if (current is MappingStart or SequenceStart)
                    {
                        _openCollections.Push((current.Start, current is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow }));
                    }
                    else if (current is MappingEnd or SequenceEnd)
                    {
                        _openCollections.TryPop(out _);
                    }
                }

                return moved;
            }
            catch (YamlException ex)
            {
                if (UnclosedFlow(ex.Start) is { } unclosed)
                {
                    throw unclosed;
                }

                // A scanner error marked before what was already read is stale (YamlDotNet marks a tab used as
                // indentation at the start of its mapping, lines before the tab): the scanner's position is where
                // it failed.
                var at = ex is SyntaxErrorException && ex.Start.Index < _lastEnd.Index ? scanner.CurrentPosition : ex.Start;

                // A tab where indentation belongs ends the value before it: the error starts at that value and ends at the tab.
                if (ex.End.Index > ex.Start.Index && ex.End.Index < yaml.Length && yaml[(int)ex.End.Index] == '\t')
                {
                    at = ex.End;
                }

                throw new SyntaxErrorException(at, at, ex.Message);
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner fails this way inside an unclosed '[' or '{'.
                throw UnclosedFlow(null) ?? new SyntaxErrorException(scanner.CurrentPosition, scanner.CurrentPosition, "the YAML cannot be read from here on");
            }
        }

        /// <summary>
        /// An error for the innermost open '[' or '{' when the text ended inside it (<paramref name="failed"/> null:
        /// wherever it failed), pointing at the bracket rather than at the end of the YAML.
        /// </summary>
        private SyntaxErrorException? UnclosedFlow(Mark? failed)
        {
            if (!_openCollections.TryPeek(out var open) || !open.Flow || (failed is { } at && !yaml.AsSpan((int)Math.Min(at.Index, yaml.Length)).IsWhiteSpace()))
            {
                return null;
            }

            return new SyntaxErrorException(open.Start, open.Start, "a '[' or '{' is not closed before the end of the YAML");
        }
    }

    /// <summary>A record's settable properties by their snake_case key (matched ignoring case), made once per type:
    /// the walk meets the same records in every front-matter a build reads.</summary>
    private static Dictionary<string, (string Key, PropertyInfo Property)> PropertiesOf(Type type) =>
        KeyedProperties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => (Key: SnakeCaseKeys.Instance.Apply(p.Name), Property: p))
            .ToDictionary(e => e.Key, StringComparer.OrdinalIgnoreCase));

    /// <summary>A class read key by key (not a string, a collection or a dictionary).</summary>
    private static bool IsRecord(Type? type) =>
        type is { IsClass: true } && type != typeof(string) && type != typeof(object) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    private static Type? DictionaryValueType(Type? type) =>
        GenericArgument(type, typeof(IDictionary<,>), 1);

    private static Type? ItemType(Type? type) =>
        type is { IsArray: true } ? type.GetElementType() : GenericArgument(type, typeof(IEnumerable<>), 0);

    private static Type? GenericArgument(Type? type, Type definition, int index)
    {
        if (type is null)
        {
            return null;
        }

        var match = type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
        return match?.GetGenericArguments()[index];
    }
}
