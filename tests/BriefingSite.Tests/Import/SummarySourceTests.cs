using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>The summary is the text's opening, never cover text, a web banner, an address or a date.</summary>
public sealed class SummarySourceTests
{
    [Fact]
    public void A_banner_with_an_address_is_not_the_summary()
    {
        var seed = SeedParsing.Parse("Statement from the Press Secretary\n\nA lock ( ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.\n\n"
            + "Today marks 43 years since the takeover of the U.S. Embassy in Tehran. Followers of Ayatollah Khomeini held our diplomats hostage for 444 days.");
        Assert.Equal("Today marks 43 years since the takeover of the U.S. Embassy in Tehran. Followers of Ayatollah Khomeini held our diplomats hostage for 444 days.", seed.Meta.Summary);
    }

    [Fact]
    public void An_english_banner_is_not_the_summary_of_an_arabic_text()
    {
        var seed = SeedParsing.Parse("An official website of the United States Government. A .gov website belongs to an official government organization in the United States, and this is its banner.\n\n"
            + "بيان\n\nلقد تلقينا تأكيدا يفيد بأن إيران قد أطلقت سراح خمسة أمريكيين كانوا معتقلين بشكل تعسفي ووضعتهم في الإقامة الجبرية. هذه خطوة مشجعة ولكن ما كان ينبغي اعتقال هؤلاء المواطنين الأمريكيين من الأساس، وسنواصل مراقبة وضعهم عن كثب بقدر الإمكان، ولا شك في أننا لن نرتاح قبل أن يعودوا جميعهم إلى موطنهم.");
        Assert.StartsWith("لقد تلقينا تأكيدا", seed.Meta.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Cover_text_kept_in_the_body_is_not_the_summary()
    {
        var cover = "Report to the Chairman, Subcommittee on Government Management, Finance and Accountability, Committee on Government Reform, House of Representatives.";
        var seed = SeedParsing.Parse($"Grants Management\n\n{cover}\n\nGrants Management\n\nMaximizing the extent to which grants achieve their long-term performance goals is critical to successfully addressing the challenges of the 21st century.");
        Assert.StartsWith("Maximizing the extent", seed.Meta.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_date_line_is_not_the_summary()
    {
        var nodes = new BodyNode[]
        {
            new ParagraphNode("Thursday, March 13, 2008 — For Release on Delivery, Expected at 2:00 p.m. EST, before the Subcommittee", 1),
            new ParagraphNode("I am pleased to be here today at your hearing on H.R. 3268, to discuss the results of the survey that you previously requested.", 3),
        };
        Assert.StartsWith("I am pleased", SummaryMaker.Make(nodes, ScriptDetector.Latin), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Testimony Before the Subcommittee on Federal Workforce, Postal Service, and the District of Columbia, Committee on Oversight and Government Reform, House of Representatives",
        "I am pleased to be here today at your hearing on H.R. 3268, to discuss the results of the survey that you previously requested.")]
    [InlineData("ورقة مقدمة إلى المؤتمر السنوي الثالث لمركز البيان للدراسات والتخطيط في بغداد، جلسة الأحزاب السياسية والانتخابات",
        "ابتداءً لابد من التأكيد أن تناول هذا الموضوع ينطلق من دافع وطني وشعور بالمسؤولية في نقد آليات العمل الحزبي في العراق.")]
    public void A_cover_line_without_a_sentence_is_not_the_summary(string cover, string opening)
    {
        var nodes = new BodyNode[] { new ParagraphNode(cover, 1), new ParagraphNode(opening, 3) };
        Assert.Equal(opening, SummaryMaker.Make(nodes, ScriptDetector.Detect(opening)));
    }

    [Fact]
    public void An_opening_whose_stop_carries_note_markers_is_a_sentence()
    {
        var opening = "الأصوات العالمية (بالإنجليزية: Global Voices) هي شبكة عالمية من المدوّنيين والصحفيين المواطنين الذين يتابعون ما يحدث في فضاء المدوّنات.[1][2]";
        Assert.StartsWith("الأصوات العالمية", SummaryMaker.Make([new ParagraphNode(opening, 1)], ScriptDetector.Arabic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_is_not_cut_at_an_initial()
    {
        var opening = "Statement of Shirley A. Jones, Esq., Employee Advisory Council Attorneys Representative, before the Subcommittee on the survey results. The EAC was established in 2006.";
        Assert.StartsWith("Statement of Shirley A. Jones, Esq., Employee Advisory Council Attorneys Representative, before the Subcommittee on the survey results.", SummaryMaker.Make([new ParagraphNode(opening, 1)], ScriptDetector.Latin), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_paragraph_without_stops_is_still_the_opening()
    {
        var prose = string.Join(" و", Enumerable.Repeat("تناول هذا الموضوع ينطلق من دافع وطني وشعور بالمسؤولية في نقد آليات العمل الحزبي", 5));
        Assert.StartsWith("تناول هذا الموضوع", SummaryMaker.Make([new ParagraphNode(prose, 1)], ScriptDetector.Arabic), StringComparison.Ordinal);
    }
}
