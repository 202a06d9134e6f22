using System.Globalization;
using System.Net;
using System.Text;
using BriefingSite.Tests.Import.Corpus;

namespace BriefingSite.Tests.Import.Html;

/// <summary>
/// Texts written as web pages, with site chrome around them, import back with every heading,
/// every note, at least 99.5 % of their words and none of the chrome. The sentences are the
/// corpus's press statement (public domain) in English and in its official Arabic translation.
/// </summary>
public class HtmlRoundTripTests
{
    public sealed record Document(string Lang, string Title, (string Heading, string Paragraph)[] Sections, string[] Items, string[][] Table, string[] Notes, string[] Chrome);

    public static readonly Document English = new(
        "en",
        "Statement from the Press Secretary",
        [
            ("Forty years on", "Forty years ago today, Iranian militants stormed the United States Embassy in Tehran, taking more than 50 Americans hostage for 444 days.{0} Today, we honor the victims of this brazen act."),
            ("The regime's choice", "The Iranian regime continues to target innocent civilians for use as pawns in its failed foreign relations.{1} Until Iran changes this and its other hostile behavior, we will continue to impose crippling sanctions."),
            ("Peace", "The United States seeks peace, and we support the Iranian people. It is time for the Iranian regime to do the same."),
        ],
        ["hostage taking", "assassinations", "sabotage", "maritime hijacking"],
        [["Event", "Days"], ["Embassy hostages held", "444"], ["Years since", "40"]],
        ["The White House, Statements and Releases, November 4, 2019.", "Instead of being the world’s leading state sponsor of terrorism, it can put the Iranian people first."],
        ["Email Updates", "العربية العربية", "Share this page", "We use cookies"]);

    public static readonly Document Arabic = new(
        "ar",
        "بيان من السكرتير الصحفي",
        [
            ("قبل أربعين عامًا", "قبل أربعين عامًا، اقتحم مسلحون إيرانيون سفارة الولايات المتحدة في طهران، واحتجزوا أكثر من 50 أمريكيًا كرهائن لمدة 444 يومًا.{0} واليوم، نكرّم ضحايا هذا العمل الوقح."),
            ("خيار النظام", "يواصل النظام الإيراني استهداف المدنيين الأبرياء لاستخدامهم كبيادق في سياسته الخارجية الفاشلة.{1} وإلى أن تغير إيران هذا السلوك وتصرفاتها العدائية الأخرى، فإننا سنستمرّ في فرض عقوبات تشلّ النظام."),
            ("السلام", "الولايات المتحدة تسعى للسلام، ونحن ندعم الشعب الإيراني. وقد آن الأوان لكي يقوم النظام الإيراني بالفعل نفسه."),
        ],
        ["أخذ الرهائن", "الاغتيالات", "التخريب", "الاختطاف البحري"],
        [["الحدث", "الأيام"], ["احتجاز رهائن السفارة", "444"], ["السنوات منذ ذلك", "40"]],
        ["البيت الأبيض، بيانات وإصدارات، 4 تشرين الثاني/نوفمبر 2019.", "فبدلاً من أن تكون إيران الدولة الرئيسية الراعية للإرهاب في العالم، يمكنه أن يضع الشعب الإيراني أولاً."],
        ["تحديثات بالبريد الإلكتروني", "English English", "شارك هذه الصفحة", "نستخدم ملفات تعريف الارتباط"]);

    public static TheoryData<string> Languages => new("en", "ar");

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_page_imports_back_with_every_heading_and_note_its_words_and_no_chrome(string lang)
    {
        var document = lang == "ar" ? Arabic : English;

        var parsed = HtmlImport.Parse(Write(document));

        Assert.Equal(document.Title, parsed.Meta.Title);
        foreach (var (heading, _) in document.Sections)
        {
            Assert.Contains("\n## " + heading + "\n", "\n" + parsed.Body);
        }

        Assert.Equal(document.Notes.Length, ImportCorpusScorer.LinkedNotes(parsed.Body));
        foreach (var chrome in document.Chrome)
        {
            Assert.DoesNotContain(chrome, parsed.Body, StringComparison.Ordinal);
        }

        Assert.Equal(1, parsed.Report.Tables);
        var source = CorpusNormaliser.Words(SourceText(document));
        var output = CorpusNormaliser.Words(parsed.Meta.Title + "\n" + parsed.Body).CountBy(w => w).ToDictionary(p => p.Key, p => p.Value);
        var kept = source.Count(word => output.TryGetValue(word, out var left) && left > 0 && (output[word] = left - 1) >= 0);
        Assert.True(kept >= source.Length * 0.995, $"{kept} of {source.Length} words kept");
    }

    private static string SourceText(Document document) => string.Join('\n', new[] { document.Title }
        .Concat(document.Sections.SelectMany(s => new[] { s.Heading, string.Format(CultureInfo.InvariantCulture, s.Paragraph, "", "") }))
        .Concat(document.Items).Concat(document.Table.SelectMany(r => r)).Concat(document.Notes));

    /// <summary>The document as a publisher's page: header, navigation, share row and footer around an article whose notes are pandoc's.</summary>
    private static string Write(Document document)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<header><p>{E(document.Chrome[0])}</p></header><nav><a href='/other'>{E(document.Chrome[1])}</a></nav><main><article><h1>{E(document.Title)}</h1>");
        for (var i = 0; i < document.Sections.Length; i++)
        {
            var (heading, paragraph) = document.Sections[i];
            var marked = string.Format(CultureInfo.InvariantCulture, E(paragraph), Marker(1), Marker(2));
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(heading)}</h2><p>{marked}</p>");
            if (i == 0)
            {
                html.Append("<ul>").AppendJoin("", document.Items.Select(item => $"<li>{E(item)}</li>")).Append("</ul>");
                html.Append("<table><thead><tr>").AppendJoin("", document.Table[0].Select(c => $"<th>{E(c)}</th>")).Append("</tr></thead><tbody>");
                html.AppendJoin("", document.Table.Skip(1).Select(r => "<tr>" + string.Concat(r.Select(c => $"<td>{E(c)}</td>")) + "</tr>")).Append("</tbody></table>");
            }
        }

        html.Append("<section class='footnotes' role='doc-endnotes'><hr><ol>");
        html.AppendJoin("", document.Notes.Select((n, i) => $"<li id='fn{i + 1}'><p>{E(n)}<a href='#fnref{i + 1}' class='footnote-back' role='doc-backlink'>↩︎</a></p></li>"));
        html.Append(CultureInfo.InvariantCulture, $"</ol></section></article></main><div class='share-tools'>{E(document.Chrome[2])}</div><div id='cookie-consent'>{E(document.Chrome[3])}</div>");
        return HtmlImport.Page(html.ToString(), lang: document.Lang, dir: document.Lang == "ar" ? "rtl" : "ltr");

        static string Marker(int n) => $"<a href='#fn{n}' class='footnote-ref' id='fnref{n}' role='doc-noteref'><sup>{n}</sup></a>";
    }
}
