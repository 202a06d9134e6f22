using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Speakers and signatories named with their office: dateline lines, lead-ins and letter signatures, in English, Arabic and Persian.</summary>
public sealed class SpeakerLineTests
{
    private const string Body = "This is the first paragraph of the statement, long enough to be the body of the text and not a line of metadata about it. It goes on for a while so that it counts as a long paragraph in the reader, which stops looking for datelines there.";
    private const string PersianBody = "امروز ۴۳ سال از تسخیر سفارت ایالات متحده در تهران میگذرد. پیروان آیتالله خمینی دیپلماتهای ما را برای مدت ۴۴۴ روز گروگان گرفتند و نه تنها باعث رنج آنها، بلکه در نتیجه باعث ناراحتی و عذاب خانواده هایشان در آمریکا شدند. ما سپاسگزار ازخودگذشتگی فداکارانه دیپلماتهایمان که در تهران مشغول خدمت بودند هستیم.";

    [Theory]
    [InlineData("Ned Price, Department Spokesperson", "Ned Price", "Department Spokesperson")]
    [InlineData("James F. Jeffrey, Senior Advisor to the Secretary and Coordinator for Iraq", "James F. Jeffrey", "Senior Advisor to the Secretary and Coordinator for Iraq")]
    [InlineData("ند پرایس، سخنگوی وزارت امور خارجه ایالات متحده", "ند پرایس", "سخنگوی وزارت امور خارجه ایالات متحده")]
    [InlineData("دفتر ند پرایس، سخنگو", "ند پرایس", "سخنگو")]
    [InlineData("مايكل ر. بومبيو، وزير الخارجية", "مايكل ر. بومبيو", "وزير الخارجية")]
    [InlineData("وزير الخارجية مايكل ر. بومبيو", "مايكل ر. بومبيو", "وزير الخارجية")]
    [InlineData("متیو میلر، سخنگوی وزارت امور خارجه ایالات متحده، مطلب زیر را ارائه کرده است:", "متیو میلر", "سخنگوی وزارت امور خارجه ایالات متحده")]
    public void A_name_with_its_office_gives_both(string line, string name, string role) =>
        Assert.Equal((name, role), PersonRoleLine.Read(line));

    [Theory]
    [InlineData("Press Statement")]
    [InlineData("On-the-Record Briefing")]
    [InlineData("Washington, DC")]
    [InlineData("بیانیه مطبوعاتی")]
    [InlineData("مكتب المتحدث الرسمي")]
    [InlineData("قاعة الإيجازات الصحفية")]
    [InlineData("U.S. Department of State, Office of the Spokesperson")]
    public void A_line_without_a_named_office_holder_is_not_a_speaker(string line) =>
        Assert.Null(PersonRoleLine.Read(line));

    [Theory]
    [InlineData("James F. Jeffrey, Senior Advisor to the Secretary and Coordinator for Iraq\nOn-the-Record Briefing\nWashington, DC\nFebruary 28, 2006", "James F. Jeffrey", "Senior Advisor to the Secretary and Coordinator for Iraq", "2006-02-28")]
    [InlineData("تصريحات\nوزير الخارجية مايكل ر. بومبيو\nقاعة الإيجازات الصحفية\nواشنطن العاصمة\n26 تشرين الثاني/نوفمبر 2019", "مايكل ر. بومبيو", "وزير الخارجية", "2019-11-26")]
    [InlineData("وزارت امور خارجه ایالات متحده\nبیانیه مطبوعاتی\nند پرایس، سخنگوی وزارت امور خارجه ایالات متحده\n۴ نوامبر ۲۰۲۲", "ند پرایس", "سخنگوی وزارت امور خارجه ایالات متحده", "2022-11-04")]
    public void A_dateline_names_its_speaker_and_office(string dateline, string name, string role, string date)
    {
        var blocks = SeedParsing.Blocks(dateline + "\n\n" + (ScriptDetector.Detect(name) == ScriptDetector.Latin ? Body : PersianBody));
        var found = MetadataLineReader.Take(blocks, ScriptDetector.Detect(name));
        Assert.Equal((name, role, date), (string.Join("; ", found.Authors), found.AuthorRole, found.Date));
        Assert.Single(blocks);
    }

    [Fact]
    public void A_lead_in_naming_its_speaker_gives_the_author_and_stays_in_the_body()
    {
        const string leadIn = "متیو میلر، سخنگوی وزارت امور خارجه ایالات متحده، مطلب زیر را ارائه کرده است:";
        var blocks = SeedParsing.Blocks("وزارت امور خارجه ایالات متحده\nدفتر سخنگو\nبازخوانی\n۱۱ مه ۲۰۲۳\n\n" + leadIn + "\n\n" + PersianBody);
        var found = MetadataLineReader.Take(blocks, ScriptDetector.Arabic);
        Assert.Equal(["متیو میلر"], found.Authors);
        Assert.Equal([leadIn, PersianBody], blocks.Select(b => b.Text));
    }

    [Fact]
    public void An_attribution_split_by_pdftotext_still_names_the_speaker()
    {
        // pdftotext moved the damma off its letter and broke "يُعزى" in two.
        var blocks = SeedParsing.Blocks("بيان\nُي عزى البيان التالي إلى المتحدث باسم وزارة الخارجية نيد برايس:\n" + PersianBody);
        Assert.Equal(["نيد برايس"], MetadataLineReader.Take(blocks, ScriptDetector.Arabic).Authors);
    }

    [Theory]
    [InlineData("Jim Wells\nDirector, Natural Resources and Environment", "Jim Wells")]
    [InlineData("نيد برايس\nالمتحدث باسم وزارة الخارجية", "نيد برايس")]
    [InlineData("ند پرایس\nسخنگوی وزارت امور خارجه", "ند پرایس")]
    public void A_name_over_its_office_line_signs_a_letter_without_a_closing(string signature, string name)
    {
        var blocks = SeedParsing.Blocks(Body + "\n\n" + signature + "\n\nAppendix I: Scope\n\n" + Body);
        Assert.Equal(name, SignatureReader.Find(blocks));
    }

    [Theory]
    [InlineData("Natural Resources\nand Environment")]
    [InlineData("Office of the Spokesperson\nDirector, Strategic Issues")]
    [InlineData("Jim Wells\nWashington, D.C.")]
    public void Two_short_lines_without_a_name_over_an_office_sign_nothing(string lines) =>
        Assert.Null(SignatureReader.Find(SeedParsing.Blocks(Body + "\n\n" + lines + "\n\n" + Body)));

    [Theory]
    [InlineData("12أيار/مايو 2021", "2021-05-12")]
    [InlineData("12 أيار/مايو 2021", "2021-05-12")]
    public void An_arabic_day_glued_to_its_month_is_read(string text, string date) =>
        Assert.Equal(date, DateFinder.FirstDay(text)?.Day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
