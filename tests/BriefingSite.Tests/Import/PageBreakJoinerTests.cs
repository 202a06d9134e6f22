using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class PageBreakJoinerTests
{
    private readonly List<string> _removed = [];
    private readonly List<int> _unsure = [];

    [Theory]
    [InlineData("The council rejected the candidacy of\n\n12\n\nhundreds of reformists.", "The council rejected the candidacy of hundreds of reformists.")]
    [InlineData("وبعد مدة طويلة من المطالبات المتكررة من القوى والشخصيات السياسية والنقابات المهنية أجازت الحكومة قانون\n\n- 7 -\n\nالجمعيات في ذلك العام.", "وبعد مدة طويلة من المطالبات المتكررة من القوى والشخصيات السياسية والنقابات المهنية أجازت الحكومة قانون الجمعيات في ذلك العام.")]
    [InlineData("Reformists lost seats, and\n\nconservatives gained them.", "Reformists lost seats, and conservatives gained them.")]
    public void A_paragraph_cut_mid_sentence_is_joined_across_page_furniture(string text, string joined)
    {
        var nodes = Join(text);
        Assert.Equal(joined, Assert.Single(nodes).Text);
    }

    [Theory]
    [InlineData("The elections ended.\n\nA new paragraph starts here.")]
    [InlineData("هل انتهت الانتخابات؟\n\nبدأت مرحلة جديدة.")]
    [InlineData("انتهت المرحلة الأولى:\n\n- بند أول.")]
    public void A_paragraph_that_ends_a_sentence_stays_apart(string text) => Assert.Equal(2, Join(text).Count);

    [Theory]
    [InlineData("The panel advised on national security. [3]\n\nMeanwhile, the deputies kept up the protest for weeks.")]
    [InlineData("The rates were 89 percent in Kuhkiluyeh. [11] [12]\n\nIf the eradication of the dichotomy revived old identities, so be it.")]
    [InlineData("The paragraph ends without a stop\n\nConclusions\n\nThe text goes on.")]
    public void A_paragraph_ending_in_footnote_markers_or_before_a_heading_stays_apart(string text) =>
        Assert.True(Join(text).Count >= 2);

    [Theory]
    [InlineData("Remarks to the Press\nAMIDEAST Offices\nRamallah, West Bank\n\nModerator: Great. Thank you all for being here today.")]
    [InlineData("تصريحات للصحافة\nمكاتب أميديست\nرام الله، الضفة الغربية\n\nالمنسّق: رائع. أشكركم جميعًا على وجودكم هنا.")]
    public void A_block_of_short_lines_is_not_running_text_cut_by_a_page(string text) => Assert.Equal(2, Join(text).Count);

    [Fact]
    public void A_short_heading_is_never_joined_to_the_text_under_it() =>
        Assert.Equal(2, Join("Who Voted\n\nThe reformists were convinced that their withdrawal would lower turnout.").Count);

    [Fact]
    public void A_numbered_item_cut_by_a_page_break_stays_one_item()
    {
        var nodes = Join("1. المرحلة الأولى التي بدأت في حقبة النظام الملكي وتأسست أحزاب منها حزب\n\nالامة وحزب النهضة.\n\n- سمة أولى.");
        var item = Assert.IsType<ListItemNode>(nodes[0]);
        Assert.Equal((1, "المرحلة الأولى التي بدأت في حقبة النظام الملكي وتأسست أحزاب منها حزب الامة وحزب النهضة."), (item.Number!.Value, item.Text));
        Assert.Equal(2, nodes.Count);
    }

    [Fact]
    public void A_bullet_is_joined_when_its_list_resumes_after_the_break()
    {
        var nodes = Join("- Parties open offices only at election time, until\n\nsome of them abandon grassroots work.\n\n- Opportunism grew.");
        Assert.Equal(["Parties open offices only at election time, until some of them abandon grassroots work.", "Opportunism grew."], nodes.Select(n => n.Text));
        Assert.Empty(_unsure);
    }

    [Fact]
    public void A_last_bullet_without_a_full_stop_before_a_paragraph_is_left_alone_and_reported()
    {
        var nodes = Join("- محدودية القاعدة الجماهيرية الحزبية\n\nما يحمل الدارس إلى القول بأن السمة الأبرز كانت النخبوية.\n\n2. المرحلة الثانية.");
        Assert.Equal(3, nodes.Count);
        Assert.Equal([1], _unsure);
    }

    [Fact]
    public void The_page_numbers_dropped_between_halves_are_reported() =>
        Assert.Equal(["12"], Join("The council rejected the candidacy of\n\n12\n\nhundreds of reformists.").Count == 1 ? _removed : []);

    private List<BodyNode> Join(string text) =>
        PageBreakJoiner.Join(BodyNodeReader.Read(TextBlock.Split(text)), n => _removed.Add(n.Text), b => _unsure.Add(b.Line));
}
