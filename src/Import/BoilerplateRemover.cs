using System.Text.RegularExpressions;
using BriefingSite.Config;

namespace BriefingSite.Import;

/// <summary>
/// Removes page furniture (share buttons, donation appeals, taglines) matched by the named
/// patterns in <c>site.yml</c> (<c>import.boilerplate</c>) of scope <c>block</c>, one whole block at a time
/// (<see cref="LineFurnitureRemover"/> handles the other scopes), and says what went.
/// </summary>
public sealed class BoilerplateRemover(IEnumerable<BoilerplatePattern> patterns)
{
    private readonly List<(BoilerplatePattern Pattern, Regex Regex)> _patterns =
        [.. patterns.Where(p => p.Scope == "block").Select(p => (p, new Regex(p.Pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))))];

    /// <summary>Removes matching blocks and returns one line per removal: pattern name, seed line, start of the text.</summary>
    public List<string> Remove(List<TextBlock> blocks)
    {
        var removed = new List<string>();
        blocks.RemoveAll(block =>
        {
            var match = _patterns.FirstOrDefault(p => p.Regex.IsMatch(block.Text));
            if (match.Pattern is null)
            {
                return false;
            }

            removed.Add($"{match.Pattern.Name} (line {block.StartLine}): \u2068{Shorten(block.Text)}\u2069");
            return true;
        });
        return removed;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "…";
}
