using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// Text-quality warnings with line and column, for a maintainer to fix in the seed: a letter
/// from another script inside a word (an OCR slip such as <c>و涕ة</c>), doubled punctuation,
/// and lines that are only a page number. The text itself is never changed here.
/// </summary>
public static partial class TextLinter
{
    /// <param name="removedLines">0-based lines the importer removed as furniture or took as notes: not stray page numbers.</param>
    public static List<Diagnostic> Lint(string file, string text, IReadOnlyDictionary<int, string>? removedLines = null)
    {
        var warnings = new List<Diagnostic>();
        var word = new List<(Rune Rune, int Index)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            MixedScriptWords(file, i + 1, line, word, warnings);
            foreach (Match match in DoubledPunctuation().Matches(line))
            {
                warnings.Add(Diagnostic.Warning(file, $"doubled punctuation '{match.Value}'", i + 1, Column(line, match.Index)));
            }

            if (line.Trim().Length > 0 && PageNumber.Is(line) && !NumberColumn.Contains(lines, i) && removedLines?.ContainsKey(i) != true)
            {
                warnings.Add(Diagnostic.Warning(file, $"stray page number '{line.Trim()}' on a line of its own", i + 1, Column(line, line.Length - line.TrimStart().Length)));
            }
        }

        return warnings;
    }

    /// <param name="word">A list to gather each word's letters in, reused from line to line.</param>
    private static void MixedScriptWords(string file, int lineNumber, string line, List<(Rune Rune, int Index)> word, List<Diagnostic> warnings)
    {
        // Nearly every word is of one script: tell that without allocating (this runs on every build).
        word.Clear();
        var index = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                word.Add((rune, index));
            }
            else if (word.Count > 0)
            {
                if (!OneScript(word))
                {
                    ReportMixedScripts(file, lineNumber, line, word, warnings);
                }

                word.Clear();
            }

            index += rune.Utf16SequenceLength;
        }

        if (!OneScript(word))
        {
            ReportMixedScripts(file, lineNumber, line, word, warnings);
        }
    }

    /// <summary>Warns of each letter not of the word's main script (a method of its own: its lambdas' closure is made only when called).</summary>
    private static void ReportMixedScripts(string file, int lineNumber, string line, List<(Rune Rune, int Index)> letters, List<Diagnostic> warnings)
    {
        var scripts = letters.Where(l => Rune.IsLetter(l.Rune)).Select(l => (l.Rune, l.Index, Script: ScriptOf.Letter(l.Rune))).ToList();
        var main = scripts.GroupBy(s => s.Script).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        var wordText = string.Concat(letters.Select(l => l.Rune.ToString()));
        foreach (var odd in scripts.Where(s => s.Script != main))
        {
            var code = odd.Rune.Value.ToString("X4", CultureInfo.InvariantCulture);
            warnings.Add(Diagnostic.Warning(file, $"'{odd.Rune}' (U+{code}, {odd.Script}) inside the {main} word '{wordText}': likely a conversion slip", lineNumber, Column(line, odd.Index)));
        }
    }

    private static bool OneScript(List<(Rune Rune, int Index)> letters)
    {
        string? first = null;
        foreach (var (rune, _) in letters)
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            var script = ScriptOf.Letter(rune);
            if (first is null)
            {
                first = script;
            }
            else if (!ReferenceEquals(first, script) && first != script)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>1-based column in characters (a surrogate pair counts once).</summary>
    private static int Column(string line, int utf16Index) => line[..utf16Index].EnumerateRunes().Count() + 1;

    [GeneratedRegex(@"([,،;؛:!?؟])\1+|(?<!\.)\.\.(?!\.)|[,،][.؛;]")]
    private static partial Regex DoubledPunctuation();
}
