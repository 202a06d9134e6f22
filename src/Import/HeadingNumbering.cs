using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// The numbering a heading starts with, as a scheme key: decimal by depth (<c>1.</c> is
/// <c>d1</c>, <c>2.1</c> is <c>d2</c>), Roman (<c>I.</c>), capital letter (<c>A.</c>), an Arabic
/// ordinal (<c>أولاً:</c>) or an Arabic or Persian division word with its ordinal
/// (<c>المبحث الأول</c>, <c>الفصل الثاني</c>, <c>فصل اول</c>: one key per word, so chapters
/// and sections rank apart). <see cref="HeadingDetector"/> ranks the schemes in the order
/// they first appear to give levels.
/// </summary>
public static partial class HeadingNumbering
{
    /// <summary>The scheme key and the title after the numbering, or null when the text is not numbered.</summary>
    public static (string Scheme, string Title)? Read(string text)
    {
        if (Decimal().Match(text) is { Success: true } decimalMatch)
        {
            var depth = decimalMatch.Groups["number"].Value.TrimEnd('.').Split('.').Length;
            return ("d" + depth, decimalMatch.Groups["title"].Value);
        }

        if (Roman().Match(text) is { Success: true } roman)
        {
            return ("roman", roman.Groups["title"].Value);
        }

        if (Letter().Match(text) is { Success: true } letter)
        {
            return ("letter", letter.Groups["title"].Value);
        }

        if (ArabicOrdinal().Match(text) is { Success: true } ordinal)
        {
            return ("ordinal", ordinal.Groups["title"].Value);
        }

        if (DivisionWord().Match(text) is { Success: true } division)
        {
            return ("division:" + division.Groups["word"].Value.TrimStart('ا', 'ل'), division.Groups["title"].Value);
        }

        return null;
    }

    /// <summary><c>1.</c>, <c>2.1</c>, <c>3.2.1.</c> then a title that starts with a letter.</summary>
    [GeneratedRegex(@"^(?<number>\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.)\s+(?<title>\p{L}.*)$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^(?<number>[IVX]{1,5})[.)]\s+(?<title>\p{L}.*)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<number>[A-Z])[.)]\s+(?<title>\p{L}.*)$")]
    private static partial Regex Letter();

    /// <summary><c>أولاً:</c> … <c>عاشراً</c>, with or without tanween or hamza, then a separator and a title.</summary>
    [GeneratedRegex(@"^(?:[أا]ولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)ً?\s*[:：\-–—.)]\s*(?<title>\S.*)$")]
    private static partial Regex ArabicOrdinal();

    /// <summary>A division word and its ordinal (<c>الفصل الأول</c>, <c>المبحث الثاني</c>, <c>بخش دوم</c>), optionally followed by a title.</summary>
    [GeneratedRegex(@"^(?<word>الباب|الفصل|المبحث|المطلب|الفرع|المحور|القسم|فصل|بخش|گفتار)\s+(?<ordinal>ال[أا]ول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي عشر|الثاني عشر|اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|\d{1,2})\s*(?:[:：\-–—.]\s*)?(?<title>.*)$")]
    private static partial Regex DivisionWord();
}
