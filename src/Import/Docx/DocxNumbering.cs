using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingSite.Import.Docx;

/// <summary>
/// Counts Word's list numbering (<c>numbering.xml</c>) as the paragraphs come, and gives each
/// list paragraph the line prefix the text importer reads as a list item: <c>- </c> for a
/// bullet, <c>3. </c> (or Word's <c>3) </c>, <c>(3) </c>, <c>٣- </c>) for a number, <c>b) </c> or
/// <c>ب- </c> for a letter, indented four spaces per level. Lists sharing an abstract
/// definition continue its count, a start override restarts it, and a deeper level restarts
/// whenever a shallower one moves on.
/// </summary>
public sealed class DocxNumbering
{
    private const int MaxLevels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances;
    private readonly Dictionary<int, AbstractNum> _abstracts;
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly HashSet<(int NumberingId, int Level)> _overridesApplied = [];

    public DocxNumbering(Numbering? numbering)
    {
        _instances = numbering?.Elements<NumberingInstance>().Where(n => n.NumberID?.Value is not null).DistinctBy(n => n.NumberID!.Value).ToDictionary(n => n.NumberID!.Value) ?? [];
        _abstracts = numbering?.Elements<AbstractNum>().Where(a => a.AbstractNumberId?.Value is not null).DistinctBy(a => a.AbstractNumberId!.Value).ToDictionary(a => a.AbstractNumberId!.Value) ?? [];
    }

    /// <summary>The list prefix for a paragraph, or null when it is not in a list.</summary>
    public string? Prefix(Paragraph paragraph, DocxStyle style)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var id = properties?.NumberingId?.Val?.Value ?? style.NumberingId;
        var level = Math.Clamp(properties?.NumberingLevelReference?.Val?.Value ?? style.NumberingLevel, 0, MaxLevels - 1);
        if (id is not { } numberingId || numberingId == 0 || !_instances.TryGetValue(numberingId, out var instance))
        {
            return null;
        }

        var abstractId = instance.AbstractNumId?.Val?.Value ?? -1;
        var definition = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level
            ?? (_abstracts.TryGetValue(abstractId, out var found) ? found.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level) : null);
        var format = definition?.NumberingFormat?.Val?.InnerText ?? "bullet";
        var indent = new string(' ', 4 * level);
        if (format is "none")
        {
            return indent;
        }

        var value = Count(abstractId, numberingId, level, instance, definition);
        if (DocxListLabel.Format(format, value) is not { } label)
        {
            return indent + "- ";
        }

        var (before, after) = Punctuation(definition?.LevelText?.Val?.Value, level);
        var prefix = before + label + after + " ";
        return indent + (BodyNodeReader.IsListLine(prefix + "x") ? prefix : "- " + prefix);
    }

    private int Count(int abstractId, int numberingId, int level, NumberingInstance instance, Level? definition)
    {
        var counters = _counters.TryGetValue(abstractId, out var found) ? found : _counters[abstractId] = new int[MaxLevels];
        var start = definition?.StartNumberingValue?.Val?.Value ?? 1;
        var restart = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value;
        if (restart is { } overridden && _overridesApplied.Add((numberingId, level)))
        {
            counters[level] = overridden;
        }
        else
        {
            counters[level] = counters[level] == 0 ? start : counters[level] + 1;
        }

        Array.Clear(counters, level + 1, MaxLevels - level - 1);
        return counters[level];
    }

    /// <summary>
    /// What Word writes around this level's own number in <c>w:lvlText</c> ("%1." gives ".",
    /// "(%1)" gives "(" and ")"); a multi-level text such as "%1.%2." keeps only this level's part.
    /// </summary>
    private static (string Before, string After) Punctuation(string? levelText, int level)
    {
        var placeholder = "%" + (level + 1);
        var at = levelText?.IndexOf(placeholder, StringComparison.Ordinal) ?? -1;
        if (levelText is null || at < 0)
        {
            return ("", ".");
        }

        var before = at > 0 && levelText[at - 1] == '(' ? "(" : "";
        var rest = levelText[(at + placeholder.Length)..];
        var after = rest.Length > 0 && rest[0] is '.' or ')' or '-' or '–' ? rest[0].ToString() : ".";
        return (before, after);
    }
}
