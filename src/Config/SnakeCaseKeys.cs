using System.Text;
using YamlDotNet.Serialization;

namespace BriefingSite.Config;

/// <summary>
/// YAML keys in snake_case from property names (<c>StaleTranslations</c> → <c>stale_translations</c>),
/// as YamlDotNet's <c>UnderscoredNamingConvention</c> names them, without its regular expressions:
/// building those was a sixth of reading site.yml when a build starts.
/// </summary>
public sealed class SnakeCaseKeys : INamingConvention
{
    public static readonly SnakeCaseKeys Instance = new();

    private SnakeCaseKeys()
    {
    }

    /// <summary>The key for a property name: a separator ('_' or '-') before a letter is dropped and the letter
    /// capitalised, then the first letter is lowered and every later capital becomes '_' and its small letter.</summary>
    public string Apply(string value)
    {
        if (value.Length == 0)
        {
            return value;
        }

        var key = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '_' or '-' && i + 1 < value.Length && char.IsAsciiLetter(value[i + 1]))
            {
                c = char.ToUpperInvariant(value[++i]);
            }

            if (key.Length == 0)
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                key.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <summary>The property name for a key: each separator before a letter dropped and the letter, like the first, capitalised.</summary>
    public string Reverse(string value)
    {
        var name = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '_' or '-' && i + 1 < value.Length && char.IsAsciiLetter(value[i + 1]))
            {
                c = char.ToUpperInvariant(value[++i]);
            }

            name.Append(name.Length == 0 ? char.ToUpperInvariant(c) : c);
        }

        return name.ToString();
    }
}
