using System.Globalization;
using System.Text;

namespace BriefingSite.Bench.Corpus;

/// <summary>Writes a briefing as <c>input/&lt;lang&gt;/briefings/&lt;slug&gt;.md</c> with Briefing Site front-matter.</summary>
public static class InputWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(string siteFolder, Briefing briefing)
    {
        var text = new StringBuilder(briefing.Body.Length + 1024);
        text.Append("---\n");
        text.Append("title: ").Append(Quote(briefing.Title)).Append('\n');
        text.Append("lang: ").Append(briefing.Language).Append('\n');
        text.Append("kind: briefing\n");
        text.Append("slug: ").Append(briefing.Slug).Append('\n');
        if (briefing.TranslationKey is not null)
        {
            text.Append("translation_key: ").Append(briefing.TranslationKey).Append('\n');
        }

        text.Append("date: ").Append(briefing.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("authors:\n");
        foreach (var author in briefing.Authors)
        {
            text.Append("- ").Append(Quote(author)).Append('\n');
        }

        text.Append("summary: ").Append(Quote(briefing.Summary)).Append('\n');
        if (briefing.Abstract is not null)
        {
            text.Append("abstracts:\n  ").Append(briefing.Language == "ar" ? "en" : "ar").Append(": ").Append(Quote(briefing.Abstract)).Append('\n');
        }

        text.Append("topics:\n");
        foreach (var topic in briefing.Topics)
        {
            text.Append("- ").Append(topic).Append('\n');
        }

        text.Append("---\n\n").Append(briefing.Body);
        var folder = Path.Combine(siteFolder, "input", briefing.Language, "briefings");
        File.WriteAllText(Path.Combine(folder, briefing.Slug + ".md"), text.ToString(), Utf8);
    }

    /// <summary>Generated text has letters, spaces and full stops only, so double quotes need no escaping.</summary>
    internal static string Quote(string value) => "\"" + value + "\"";
}
