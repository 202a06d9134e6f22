using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Short lines that look like headings but are not: a date, a page button ("Listen", "Share",
/// "Print"), a language switcher ("English", "العربية"), a byline or a testimony's witness line, a line with an address, link or telephone number,
/// and a lead-in that ends in a word announcing what follows ("include", "following", "الآتية")
/// or in a word a title never ends with ("the", "of", "and").
/// </summary>
public static partial class NotAHeading
{
    private static readonly HashSet<string> Buttons = new(StringComparer.OrdinalIgnoreCase)
    {
        "listen", "share", "print", "email", "e-mail", "tweet", "download", "subscribe", "read more", "more",
        "menu", "search", "close", "back to top", "skip to content", "copy link", "comments", "follow us", "save",
        "استمع", "استماع", "مشاركة", "شارك", "طباعة", "اطبع", "تحميل", "تنزيل", "إرسال", "اشترك", "المزيد", "بحث",
        "چاپ", "اشتراک", "اشتراک گذاری", "گوش دهید", "دانلود", "ارسال", "جستجو",
    };

    private static readonly HashSet<string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "english", "العربية", "عربي", "فارسی", "فارسى", "français", "español", "русский", "中文", "português",
        "türkçe", "اردو", "deutsch", "italiano", "日本語", "한국어", "עברית",
    };

    /// <summary>Words a title does not end with but a sentence leading into a list or a wrapped line does.</summary>
    /// <summary>Lower case only: a title-case heading capitalises its last word ("Sitting In").</summary>
    private static readonly HashSet<string> DanglingEnds = new(StringComparer.Ordinal)
    {
        "include", "includes", "including", "included", "following", "follows", "follow", "below", "are", "is", "were", "was",
        "be", "been", "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "from", "that", "which",
        "as", "such", "than", "e.g.", "i.e.", "namely",
        "يلي", "يأتي", "الآتي", "الآتية", "الاتي", "الاتية", "التالي", "التالية", "منها", "في", "من", "على", "إلى", "الى",
        "عن", "أن", "ان", "التي", "الذي", "و", "أو", "مع", "بين", "هي", "هو", "وهي", "شامل", "تشمل", "يشمل", "وتشمل",
        "زیر", "شامل", "از", "به", "در", "که", "و", "با", "برای",
    };

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "updated", "published", "posted",
        "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر",
        "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "اذار", "نيسان", "أيار", "ايار", "حزيران", "تموز", "آب", "اب",
        "أيلول", "ايلول", "تشرين", "الأول", "الاول", "الثاني", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
        "الاربعاء", "الخميس", "الجمعة", "السبت", "م", "هـ", "الموافق",
        "ژانویه", "فوریه", "آوریل", "مه", "می", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر", "فروردین",
        "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    };

    public static bool Applies(string text)
    {
        var trimmed = text.Trim();
        var bare = trimmed.TrimEnd('.', ':', '!', ' ').ToLowerInvariant();
        return Buttons.Contains(bare)
            || IsLanguageSwitcher(trimmed)
            || IsDate(trimmed)
            || EndsWithDate(trimmed)
            || Byline().IsMatch(trimmed)
            || WitnessLine().IsMatch(trimmed)
            || Address().IsMatch(trimmed)
            || PhoneNumber().IsMatch(trimmed)
            || Caption().IsMatch(trimmed)
            || CaptionLabel().IsMatch(trimmed)
            || TimeOfDay().IsMatch(trimmed)
            || LabelledList().IsMatch(trimmed)
            || AddresseeOrSignature().IsMatch(trimmed)
            || IsChartData(trimmed)
            || !HasWord(trimmed)
            || EndsDangling(trimmed);
    }

    /// <summary>Only digits (any script) and month or weekday names, with at least one digit.</summary>
    public static bool IsDate(string text)
    {
        var words = DateSeparators().Split(text).Where(w => w.Length > 0).ToList();
        return words.Count > 0
            && words.Any(w => w.All(char.IsDigit))
            && words.All(w => w.All(char.IsDigit) || DateWords.Contains(w) || IsOrdinalDay(w));
    }

    /// <summary>A title has a word of letters only; "GAO-06-1046", "(450454)" and a lone bullet do not.</summary>
    private static bool HasWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('(', ')', '"', '“', '”', '‘', '’', '\'', ',', '.', ':', '،', '؛', '?', '؟', '!'))
            .Any(w => w.Length >= 2 && w.All(c => char.IsLetter(c) || c is '\'' or '’' or '-' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark));

    /// <summary>A dateline: a line whose last words are a date with a year ("Statements and Releases November 4, 2019").</summary>
    private static bool EndsWithDate(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = 2; count <= Math.Min(4, words.Length - 1); count++)
        {
            var tail = string.Join(' ', words[^count..]);
            if (IsDate(tail) && Year().IsMatch(tail))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A figure or table caption, or a source note under one ("Source: GAO analysis …").</summary>
    public static bool IsCaption(string text) => Caption().IsMatch(text.Trim());

    /// <summary>A numbered figure or table caption ("Table 2: …", "الشكل ٣: …"): it starts a block of its own.</summary>
    public static bool IsNumberedCaption(string text) => Caption().Match(text.Trim()) is { Success: true } match && match.Groups[2].Success
        && !match.Groups[1].Value.StartsWith("Note", StringComparison.OrdinalIgnoreCase) && !match.Groups[1].Value.StartsWith("Source", StringComparison.OrdinalIgnoreCase);

    /// <summary>A source note or note under a figure or table ("Source: GAO.", "المصدر: …"): it closes the table above it.</summary>
    public static bool IsSourceNote(string text) => Caption().Match(text.Trim()) is { Success: true } match && SourceLabel().IsMatch(match.Groups[1].Value);

    /// <summary>A table's caption: the cells that follow it are not headings.</summary>
    public static bool IsTableCaption(string text) => TableCaption().IsMatch(text.Trim());

    private static bool IsOrdinalDay(string word) => OrdinalDay().IsMatch(word);

    /// <summary>Two or more decimals or percentages ("Algeria - 11.4 Qatar - 15.2", "22% 50 78%"): a chart's labels or a table row.</summary>
    public static bool IsChartData(string text) => ChartNumber().Count(text) >= 2;

    private static bool IsLanguageSwitcher(string text)
    {
        var words = text.Split([' ', ',', '،', '|', '·'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(LanguageNames.Contains);
    }

    /// <summary>The last word is one a title never ends with ("of", "and", "في"): the line goes on.</summary>
    public static bool EndsDangling(string text)
    {
        var last = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return DanglingEnds.Contains(last.TrimEnd(',', '،'));
    }

    /// <summary>A figure or table caption, or a source note under one.</summary>
    [GeneratedRegex(@"^(Figure|Fig\.|Table|Chart|Exhibit|Graph|Map|Box|Source|Sources|Note|Notes|شكل|الشكل|جدول|الجدول|رسم بياني|المصدر|المصادر|ملاحظة|نمودار|منبع)\s*([\d٠-٩۰-۹]{1,3}[a-z]?)?\s*[:.\-–]", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    /// <summary>
    /// A caption's label alone ("Figure", "Figures") or doubled as PDF text repeats it ("Figure Figure 1: …"):
    /// the label line of a chart or of a list of figures, not a section.
    /// </summary>
    [GeneratedRegex(@"^((Figures?|Tables?|Charts?|Exhibits?|شكل|الشكل|أشكال|الأشكال|جدول|الجدول|جداول|الجداول)[\s:.]*$|(Figure|Table|Chart|شكل|الشكل|جدول|الجدول)\s+(Figure|Table|Chart|شكل|الشكل|جدول|الجدول)\s*[\d٠-٩۰-۹])", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    /// <summary>A time of day with an optional zone ("2:10 p.m. EST", "10:30 ص").</summary>
    [GeneratedRegex(@"^[\d٠-٩۰-۹]{1,2}[:٫][\d٠-٩۰-۹]{2}\s*(a\.?m\.?|p\.?m\.?|ص|م|صباحا|صباحًا|مساء|مساءً)?\s*(\(?[A-Z]{2,5}\)?|بتوقيت .{1,30})?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    /// <summary>A label and its list ("Categories: Middle East, Iran", "الوسوم: العراق، إيران"): page metadata, not a section.</summary>
    [GeneratedRegex(@"^(Categories|Category|Tags|Topics|Filed under|Posted in|التصنيفات|التصنيف|الوسوم|كلمات مفتاحية|الكلمات المفتاحية|موضوعات|برچسب‌ها|برچسب ها|دسته‌بندی|دسته بندی)\s*:\s*\S")]
    private static partial Regex LabelledList();

    /// <summary>
    /// A letter's addressee ("The Honorable Todd Platts Chairman, …", "معالي الوزير …") or a signature of a
    /// name and office ("Bernice Steinhardt Director, Strategic Issues").
    /// </summary>
    [GeneratedRegex(@"^((The )?Honorable\s|Dear\s|(معالي|سعادة|فخامة|حضرة)\s|(\p{Lu}[\p{L}.'’-]*\s){2,3}(Managing |Acting |Deputy |Assistant )?(Director|Chairman|Chairwoman|Chair|Secretary|President|Ambassador|Administrator|Comptroller General|Spokesperson),\s)")]
    private static partial Regex AddresseeOrSignature();

    /// <summary>A telephone number ("(202) 512-3841", "+964 770 123 4567"): a contact line, not a title.</summary>
    [GeneratedRegex(@"(\(\d{3}\)\s?\d{3}-\d{4}|\+\d{1,3}[\s-]?\d{2,4}([\s-]?\d{3,4}){2})")]
    private static partial Regex PhoneNumber();

    /// <summary>A decimal or a percentage, in any digits.</summary>
    [GeneratedRegex(@"(?<![\w.])[\d٠-٩۰-۹]+([.٫][\d٠-٩۰-۹]+%?|%|٪)(?![\w.])")]
    private static partial Regex ChartNumber();

    [GeneratedRegex(@"^(Source|Sources|Note|Notes|المصدر|المصادر|ملاحظة|منبع)$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"^(Table|Exhibit|جدول|الجدول|جدول شماره)\s*[\d٠-٩۰-۹]{1,3}[a-z]?\s*[:.\-–]", RegexOptions.IgnoreCase)]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"\b[\d٠-٩۰-۹]{4}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"[\s,،./\-–—|]+")]
    private static partial Regex DateSeparators();

    [GeneratedRegex(@"^\d{1,2}(st|nd|rd|th)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"^(By|Written by|Posted by|Author:|Authors?:|Reported by|بقلم|كتب|كتبه|إعداد|اعداد|تأليف|به قلم|نویسنده|نوشته)[\s:]", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    /// <summary>A testimony's witness line ("Statement of Jane Roe, Director, …"): who speaks, not a section.</summary>
    [GeneratedRegex(@"^((Prepared )?(Statement|Testimony) of (the Honorable )?\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){1,3},|(شهادة|إفادة|كلمة) (السيد|السيدة|الدكتور|الدكتورة|السفير|السفيرة) \S+(\s\S+){0,3}[،,])")]
    private static partial Regex WitnessLine();

    /// <summary>A link, an e-mail address or a bare domain (<c>.gov</c>): page chrome or a source line, not a title.</summary>
    [GeneratedRegex(@"(https?://|www\.|@\w|(^|\s)\.(gov|com|org|net|edu)\b|\w\.(gov|com|org|net|edu|int)(\b|/))", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
