using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Reads metadata that seeds write on lines of their own, in English, Arabic and Persian:
/// a dateline block (publisher, statement line, date: "وزارة الخارجية الأمريكية / بيان لوزير
/// الخارجية أنتوني ج. بلينكن / 1 نيسان/أبريل 2023"), an "Updated …" line, a byline ("By X, Y and
/// Z", بقلم، إعداد، كتبه), an attribution ("يُعزى البيان التالي إلى … نيد برايس:"), a report
/// number repeated in page footers (GAO-06-1046), and a signature after a closing ("Sincerely
/// yours," then a name). Datelines, date lines and bylines before the body are taken out of
/// <c>blocks</c>; the rest stays in the text.
/// </summary>
public static partial class MetadataLineReader
{
    private const int LongParagraphWords = 40;
    private const int AttributionLines = 40;

    /// <param name="blocks">The text's blocks, after page furniture was removed.</param>
    /// <param name="script">The text's script.</param>
    /// <param name="furniture">Lines removed as page furniture: a running footer often carries the report number.</param>
    public static TextMetadata Take(List<TextBlock> blocks, string script, IReadOnlyList<string>? furniture = null)
    {
        var found = TakeWrapper(blocks);
        found = found with { Publisher = SiteNameReader.TakeLogo(blocks) };
        var top = blocks.FindIndex(b => Words(b.Text) > LongParagraphWords);
        top = top < 0 ? blocks.Count : top;
        for (var i = 0; i < top; i++)
        {
            var block = blocks[i];
            if (TitleAfterDate(block) is { } title)
            {
                // "Office / Spokesperson / date / Press Briefing": the last line is the title, not part of the dateline.
                blocks.Insert(i + 1, title);
                block = blocks[i] = block with { Lines = [.. block.Lines.Take(block.Lines.Count - 1)] };
                top++;
            }

            if (DateLine(block.Lines[^1]) is { } date && block.Lines.Count <= 5 && block.Lines.All(l => Words(l) <= 12))
            {
                found = WithDate(found, date);
                if (block.Lines.Count > 1 && found.Publisher is null && i > 0 && DepartmentAbove(blocks[i - 1], block.Lines[0]) is { } department)
                {
                    // "وزارة الخارجية الأمريكية" on a line of its own above "مكتب المتحدث الرسمي / date".
                    found = found with { Publisher = department + Separator(department) + block.Lines[0].Trim() };
                    blocks.RemoveAt(--i);
                    top--;
                }

                found = block.Lines.Count > 1 ? ReadDateline(found, block.Lines.Take(block.Lines.Count - 1).ToList()) : found;
                blocks.RemoveAt(i--);
                top--;
                if (found.TitleBelowDate is null && i + 1 < top && CoverTitleLines.FromLines(blocks[i + 1]) is { } below)
                {
                    found = found with { TitleBelowDate = below };
                }
            }
            else if (block.IsSingleLine && Byline().Match(block.Text) is { Success: true } by && Words(by.Groups["names"].Value) <= 12 && !SentenceEnd.Ends(block.Text))
            {
                found = found.Authors.Count > 0 ? found : found with { Authors = Names(by.Groups["names"].Value) };
                blocks.RemoveAt(i--);
                top--;
            }
        }

        // Attributions and "Statement of …" lines among the first lines, even inside a cover block.
        found = ReadAttributions(found, [.. blocks.Where(b => b.StartLine <= AttributionLines).SelectMany(b => b.Lines)]);

        found = ReadUpdated(found, blocks);
        if (found.Date is null)
        {
            // A letter or testimony dated on a line of its own further in ("September 29, 2006"), or
            // a cover line that also holds little else ("Thursday, March 13, 2008").
            var lastLine = blocks.Count == 0 ? 0 : blocks[^1].StartLine + blocks[^1].Lines.Count;
            var letterDate = blocks.SelectMany(b => b.Lines.Select((l, n) => (Line: l, First: n == 0, Number: b.StartLine + n)))
                .Select(l => DateLine(l.Line, l.Number < lastLine / 5 ? 3 : l.First ? 1 : -1))
                .FirstOrDefault(d => d?.Day is not null);
            found = letterDate is null ? found : WithDate(found, letterDate);
        }

        return found with
        {
            Publisher = found.Publisher ?? SiteNameReader.Tagline(furniture ?? []),
            Authors = found.Authors.Count > 0 ? found.Authors : SignatureReader.Find(blocks) is { } signed ? [signed] : [],
            ReportNumber = ReportNumber([.. blocks.SelectMany(b => b.Lines), .. furniture ?? []]),
            Organisation = Organisation(blocks.Take(Math.Min(top, 3)), script) ?? Organisation(blocks.TakeLast(3), null) ?? SiteNameReader.InstitutionRemoved(furniture ?? []),
        };
    }

    /// <summary>The wikiextractor wrapper (<c>&lt;doc id url title&gt;</c> … <c>&lt;/doc&gt;</c>): its title and address, and the wrapper lines out of the text.</summary>
    private static TextMetadata TakeWrapper(List<TextBlock> blocks)
    {
        if (blocks.Count == 0 || WrapperStart().Match(blocks[0].Lines[0]) is not { Success: true } start)
        {
            return new TextMetadata();
        }

        blocks[0] = blocks[0] with { Lines = [.. blocks[0].Lines.Skip(1)], StartLine = blocks[0].StartLine + 1 };
        if (blocks[0].Lines.Count == 0)
        {
            blocks.RemoveAt(0);
        }

        if (blocks.Count > 0 && blocks[^1].Lines[^1].Trim() == "</doc>")
        {
            blocks[^1] = blocks[^1] with { Lines = [.. blocks[^1].Lines.SkipLast(1)] };
            if (blocks[^1].Lines.Count == 0)
            {
                blocks.RemoveAt(blocks.Count - 1);
            }
        }

        var attributes = WrapperAttribute().Matches(start.Value).ToDictionary(m => m.Groups["name"].Value, m => System.Net.WebUtility.HtmlDecode(m.Groups["value"].Value), StringComparer.Ordinal);
        var site = Uri.TryCreate(attributes.GetValueOrDefault("url"), UriKind.Absolute, out var url) ? url.GetLeftPart(UriPartial.Authority) + "/" : null;
        return new TextMetadata { Title = attributes.GetValueOrDefault("title"), Url = site };
    }

    /// <summary>A line that is a date and little else ("Thursday, March 13, 2008", "١٢ تموز ٢٠٢٣", "Updated March 3, 2023").</summary>
    public static FoundDate? DateLine(string line) => DateLine(line, 3);

    private static FoundDate? DateLine(string line, int otherWords)
    {
        var dates = DateFinder.Find(line);
        if (dates.Count != 1)
        {
            return null;
        }

        var date = dates[0];
        var rest = DateFinder.WesternDigits(line).Remove(date.Index, date.Length);
        var words = DatelineWords().Replace(rest, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit));
        return words.Count() <= otherWords ? date : null;
    }

    private static TextMetadata WithDate(TextMetadata found, FoundDate date) =>
        date.Day is { } day
            ? found.Date is null ? found with { Date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } : found
            : found with { Year = found.Year ?? date.Year };

    /// <summary>The last line of a short dateline block that has its date on the line before: the title under the dateline.</summary>
    private static TextBlock? TitleAfterDate(TextBlock block) =>
        block.Lines.Count is >= 3 and <= 5 && block.Lines.All(l => Words(l) <= 12) && DateLine(block.Lines[^1]) is null
        && DateLine(block.Lines[^2]) is not null && !SentenceEnd.Ends(block.Lines[^1].Trim())
            ? new TextBlock([block.Lines[^1]], block.StartLine + block.Lines.Count - 1)
            : null;

    /// <summary>The lines above a date: the publisher first, then a section or a statement line naming its author.</summary>
    private static TextMetadata ReadDateline(TextMetadata found, List<string> lines)
    {
        var first = lines[0].Trim();
        found = found with { StatementLine = found.StatementLine ?? lines.Select(l => l.Trim()).FirstOrDefault(l => Statement().IsMatch(l)) };
        if (Statement().IsMatch(first))
        {
            return ReadAttributions(found, lines);
        }

        var rest = lines.Skip(1).ToList();
        if (PersonRoleLine.Read(first) is not null)
        {
            // The dateline opens with its speaker ("James F. Jeffrey, Senior Advisor …"), not a publisher.
            rest = lines;
        }
        else if (found.Publisher is null && Words(first) <= 10 && !SentenceEnd.Ends(first) && NamesInstitution(first))
        {
            // The department, then the office that issued the text: "U.S. Department of State / Office of the Spokesperson".
            var office = rest.Count > 0 && OfficeLine().IsMatch(rest[0].Trim()) ? rest[0].Trim() : null;
            found = found with { Publisher = office is null ? first : first + Separator(first) + office };
        }

        found = ReadAttributions(found, rest);
        var speaker = rest.Select(PersonRoleLine.Read).FirstOrDefault(p => p is not null);
        return found.Authors.Count == 0 && speaker is { } person ? found with { Authors = [person.Name], AuthorRole = person.Role } : found;
    }

    /// <summary>A department named on the single line above a dateline that opens with one of its offices.</summary>
    private static string? DepartmentAbove(TextBlock above, string firstLine) =>
        above.IsSingleLine && Words(above.Text) <= 8 && NamesInstitution(above.Text) && OfficeLine().IsMatch(firstLine.Trim()) && !OfficeLine().IsMatch(above.Text.Trim())
            ? above.Text.Trim()
            : null;

    private static string Separator(string text) => ScriptDetector.Detect(text) == ScriptDetector.Latin ? ", " : "، ";

    private static TextMetadata ReadAttributions(TextMetadata found, IReadOnlyList<string> lines)
    {
        foreach (var line in lines.Select(l => l.Trim()))
        {
            var match = Statement().Match(line);
            match = match.Success ? match : Attributed().Match(line);
            if (found.Authors.Count == 0 && match.Success && Words(line) <= 16 && PersonName.From(match.Groups["rest"].Value) is { } name)
            {
                found = found with { Authors = [name] };
            }
            else if (found.Authors.Count == 0 && line.EndsWith(':') && PersonRoleLine.Read(line) is { } speaker)
            {
                // A lead-in naming its speaker: "متیو میلر، سخنگوی وزارت امور خارجه، مطلب زیر را ارائه کرده است:".
                found = found with { Authors = [speaker.Name], AuthorRole = speaker.Role };
            }
        }

        return found;
    }

    private static TextMetadata ReadUpdated(TextMetadata found, List<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var line = blocks[i].Lines[0].Trim();
            if (Updated().IsMatch(line) && DateLine(line) is { Day: { } day })
            {
                found = found with { Date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
                if (blocks[i].IsSingleLine)
                {
                    blocks.RemoveAt(i);
                }

                break;
            }
        }

        return found;
    }

    /// <summary>The report number the text repeats most (in page footers), or that stands alone on a line.</summary>
    private static string? ReportNumber(IEnumerable<string> lines)
    {
        var counts = lines.SelectMany(l => ReportNumberPattern().Matches(l).Select(m => m.Value))
            .GroupBy(n => n, StringComparer.Ordinal).Select(g => (Number: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        return counts.FirstOrDefault(c => c.Count >= 2).Number;
    }

    /// <summary>A short line naming an institution, among the first lines: the publisher when nothing else says.</summary>
    private static string? Organisation(IEnumerable<TextBlock> blocks, string? script) =>
        blocks.Where(b => b.IsSingleLine && Words(b.Text) <= 8 && (script is null || ScriptDetector.Detect(b.Text) == script) && OrganisationWord().IsMatch(b.Text))
            .Select(b => b.Text.Trim()).FirstOrDefault();

    /// <summary>The line names an office, centre, ministry and the like ("United States Government Accountability Office", "وزارة الخارجية").</summary>
    public static bool NamesInstitution(string line) => OrganisationWord().IsMatch(line);

    private static List<string> Names(string names) =>
        [.. AuthorSeparator().Split(names).Select(n => n.Trim().TrimEnd('.', '،', ',')).Where(n => n.Length > 0)];

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^\s*<doc\s[^>]*>\s*$")]
    private static partial Regex WrapperStart();

    [GeneratedRegex("(?<name>[a-z]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex WrapperAttribute();

    [GeneratedRegex(@"^(?:By|Written by|بقلم|إعداد|اعداد|كتبه|كتبت|كتب|به قلم|نویسنده|نوشته)\s*:?\s+(?<names>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:(?:Press\s+)?(?:Statement|Remarks|Testimony|Readout)\s+(?:by|from|of)|بيان|تصريح|كلمة|بیانیه|پیام|سخنان)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Statement();

    // The lead-in names whom the statement is attributed to and ends in a colon; without both it is
    // prose that happens to use the word ("منسوبة لأي عملة متواجدة").
    [GeneratedRegex(@"(?:(?:يُ?\s?عزى|منسوبة?|ينسب)\s+(?:.*?\s)?(?:إلى|الى)|(?:attributable|attributed)\s+to)\s*(?<rest>.+?):$", RegexOptions.IgnoreCase)]
    private static partial Regex Attributed();

    [GeneratedRegex(@"^(?:Updated|Last updated|Last modified|Revised|آخر تحديث|تم التحديث|تحديث|به‌روزرسانی|به روز شده|بروزرسانی)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Updated();

    [GeneratedRegex(@"\b(?:Updated|Last updated|Last modified|Revised|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|آخر تحديث|تم التحديث|تحديث|بتاريخ|تاريخ|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|يوم|به‌روزرسانی|شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه|[,،:.\-–—]", RegexOptions.IgnoreCase)]
    private static partial Regex DatelineWords();

    [GeneratedRegex(@"\b[A-Z]{2,6}(?:/[A-Z]{2,6})?-\d{2}-\d{2,5}[A-Z]{0,2}\b")]
    private static partial Regex ReportNumberPattern();

    [GeneratedRegex(@"^(?:Office of|Bureau of|مكتب|دفتر)\s", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeLine();

    // Case matters: an institution's name is a proper noun ("Ministry of Finance"), "what the
    // ministry plans" is not one. An Arabic name opens with its noun (وزارة الخارجية); with the
    // article (خطة الوزارة, "the ministry's plan") it is an ordinary word.
    [GeneratedRegex(@"\b(?:Office|Department|Ministry|Center|Centre|Institute|Council|Agency|Foundation|Commission|University|White House|Embassy|OFFICE|DEPARTMENT|MINISTRY|INSTITUTE)\b|(?<!\S)(?:مركز|وزارة|معهد|مؤسسة|البيت الأبيض|سفارة|وزارت|سفارت|مرکز|مؤسسه)")]
    private static partial Regex OrganisationWord();

    [GeneratedRegex(@"\s*(?:,|،|&|\band\b|\s+و\s+|\s+و(?=\S))\s*")]
    private static partial Regex AuthorSeparator();
}
