using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// The signatory of a letter or report: the name line after a closing ("Sincerely yours,",
/// "مع خالص التحية", "با احترام"), which is followed by the signatory's title line; without a
/// closing, a two-line block of a name over an office line.
/// </summary>
public static partial class SignatureReader
{
    public static string? Find(IReadOnlyList<TextBlock> blocks)
    {
        var lines = blocks.SelectMany(b => b.Lines).Select(l => l.Trim()).ToList();
        var closing = lines.FindIndex(l => Closing().IsMatch(l));
        if (closing >= 0 && closing + 1 < lines.Count)
        {
            return LooksLikeName(lines[closing + 1]) ? lines[closing + 1] : null;
        }

        // No closing: a block of two lines, a name over the office it signs for ("Jim Wells" /
        // "Director, Natural Resources and Environment"), as a report's letter ends.
        var signed = blocks.FirstOrDefault(b => b.Lines.Count == 2 && LooksLikeName(b.Lines[0].Trim()) && IsOfficeLine(b.Lines[1].Trim()));
        return signed?.Lines[0].Trim();
    }

    private static bool LooksLikeName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && !name.Any(char.IsDigit) && !SentenceEnd.Ends(name) && !PersonRoleLine.HoldsOffice(name)
            && !MetadataLineReader.NamesInstitution(name)
            && (ScriptDetector.Detect(name) != ScriptDetector.Latin || words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0])));
    }

    /// <summary>A signatory's office line: it opens with the office ("Director, …", "المتحدث باسم …") and is short.</summary>
    private static bool IsOfficeLine(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 10 && !SentenceEnd.Ends(line) && PersonRoleLine.HoldsOffice(words[0]);
    }

    [GeneratedRegex(@"^(?:Sincerely(?: yours)?|Yours (?:sincerely|faithfully|truly)|Respectfully(?: submitted| yours)?|Best regards|Kind regards|مع (?:خالص )?(?:التحية|التحيات|التقدير)|وتفضلوا بقبول.*|با احترام|با سپاس|ارادتمند)[,،.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();
}
