using System.Globalization;
using System.Text;

namespace BriefingSite.Bench.Corpus;

/// <summary>
/// Writes the same briefing as Hugo content (<c>content/&lt;lang&gt;/briefings/&lt;slug&gt;.md</c>):
/// the same body, front-matter in Hugo's names (translationKey, a topics taxonomy).
/// </summary>
public static class HugoWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(string hugoFolder, Briefing briefing)
    {
        var other = briefing.Language == "ar" ? "en" : "ar";
        var text = new StringBuilder(briefing.Body.Length + 1024);
        text.Append("---\n");
        text.Append("title: ").Append(InputWriter.Quote(briefing.Title)).Append('\n');
        text.Append("slug: ").Append(briefing.Slug).Append('\n');
        if (briefing.TranslationKey is not null)
        {
            text.Append("translationKey: ").Append(briefing.TranslationKey).Append('\n');
        }

        text.Append("date: ").Append(briefing.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("authors: [").AppendJoin(", ", briefing.Authors.Select(InputWriter.Quote)).Append("]\n");
        text.Append("summary: ").Append(InputWriter.Quote(briefing.Summary)).Append('\n');
        if (briefing.Abstract is not null)
        {
            text.Append("abstract_").Append(other).Append(": ").Append(InputWriter.Quote(briefing.Abstract)).Append('\n');
        }

        text.Append("topics: [").AppendJoin(", ", briefing.Topics).Append("]\n");
        text.Append("---\n\n").Append(briefing.Body);
        var folder = Path.Combine(hugoFolder, "content", briefing.Language, "briefings");
        File.WriteAllText(Path.Combine(folder, briefing.Slug + ".md"), text.ToString(), Utf8);
    }
}
