using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// The signatory of a letter or report: the name line after a closing ("Sincerely yours,",
/// "مع خالص التحية", "با احترام"), which is followed by the signatory's title line.
/// </summary>
public static partial class SignatureReader
{
    public static string? Find(IReadOnlyList<TextBlock> blocks)
    {
        var lines = blocks.SelectMany(b => b.Lines).Select(l => l.Trim()).ToList();
        var closing = lines.FindIndex(l => Closing().IsMatch(l));
        if (closing < 0 || closing + 1 >= lines.Count)
        {
            return null;
        }

        var name = lines[closing + 1];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var looksLikeName = words.Length is >= 2 and <= 5 && !name.Any(char.IsDigit) && !SentenceEnd.Ends(name)
            && (ScriptDetector.Detect(name) != ScriptDetector.Latin || words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0])));
        return looksLikeName ? name : null;
    }

    [GeneratedRegex(@"^(?:Sincerely(?: yours)?|Yours (?:sincerely|faithfully|truly)|Respectfully(?: submitted| yours)?|Best regards|Kind regards|مع (?:خالص )?(?:التحية|التحيات|التقدير)|وتفضلوا بقبول.*|با احترام|با سپاس|ارادتمند)[,،.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();
}
