using System.Diagnostics;
using BriefingSite.Import.Pdf;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>Real GAO reports: headings, running footers, raised note markers, side-heads, and words as pdftotext reads them.</summary>
public sealed partial class GaoPdfTests(ITestOutputHelper output)
{
    [Fact]
    public void Words_match_pdftotext_page_by_page()
    {
        // Page numbers in the margin are left out on purpose (PageNumberLines); pdftotext keeps them.
        var reference = PageNumberLine().Replace(PdftotextOutput(), "");
        var document = PdfFiles.Read(PdfFiles.GrantsManagement);
        var expectedPages = reference.Split('\f');
        var renderedPages = Marker().Replace(PdfTextRenderer.Render(document), "$1").Split('\f');
        long matched = 0, total = 0, bodyMatched = 0, bodyTotal = 0, sameWords = 0;
        foreach (var page in document.Pages)
        {
            var known = WordOrder.Words(expectedPages[page.Number - 1]);

            // pdftotext joins a word hyphenated at a line end ("long-" "term" becomes "longterm"); so do we here.
            var extracted = WordOrder.Words(Dehyphenated().Replace(renderedPages[page.Number - 1], "$1"));
            var pageShare = WordOrder.Share(known, extracted);
            var inOrder = (long)Math.Round(pageShare * known.Length);
            (matched, total) = (matched + inOrder, total + known.Length);
            sameWords += known.CountBy(w => w).Sum(g => Math.Min(g.Value, extracted.Count(w => w == g.Key)));

            // Pages 1-3 (cover, two-column Highlights, contents) are blocks side by side, which
            // pdftotext reads row by row and we column by column: same words, other block order.
            if (page.Number > 3)
            {
                (bodyMatched, bodyTotal) = (bodyMatched + inOrder, bodyTotal + known.Length);
            }

            if (pageShare < 0.99)
            {
                output.WriteLine($"page {page.Number}: {pageShare:P1} of {known.Length} words in order");
            }
        }

        var (share, bodyShare, bag) = ((double)matched / total, (double)bodyMatched / bodyTotal, (double)sameWords / total);
        output.WriteLine($"{share:P2} of {total} pdftotext words in the same order page by page; {bodyShare:P2} from page 4 on; {bag:P2} of the words present");
        Assert.True(bodyShare >= 0.995, $"{bodyShare:P2} in order from page 4 on");
        Assert.True(bag >= 0.995, $"{bag:P2} of words present");
        Assert.True(share >= 0.99, $"{share:P2} in order");
    }

    [Fact]
    public void A_side_head_close_to_an_indented_list_is_read_whole_before_it()
    {
        var text = PdfTextRenderer.Render(PdfFiles.Read(PdfFiles.GrantsManagement));

        // The side-head ends 6.7 pt left of the bullets beside it: still a gutter.
        Assert.Contains("\nStrategies Support\nSuccessful Selection,\nDesign, and\nImplementation of\nPerformance\nAccountability\nMechanisms\n", text, StringComparison.Ordinal);
        Assert.Contains("• ensure mechanisms are of sufficient value,\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_are_larger_or_bold_lines()
    {
        var document = PdfFiles.Read(PdfFiles.GrantsManagement);
        var headings = HeadingBlocks(document).ToHashSet();
        string[] expected = ["Results in Brief", "Background", "Child Support Enforcement", "Conclusions", "Recommendation for Executive Action", "Agency Comments",
            "Trade-offs and Challenges Exist in Ensuring Performance Accountability in Federal Grants", "Appendix I: Objectives, Scope, and Methodology", "Bibliography"];
        Assert.All(expected, heading => Assert.Contains(heading, headings));
        Assert.DoesNotContain("Because grants to state and local governments constituted nearly 20", headings);
        Assert.Equal(11, document.BodyFontSize);
    }

    [Fact]
    public void Running_footers_repeat_on_every_page_of_the_letter()
    {
        var document = PdfFiles.Read(PdfFiles.GrantsManagement);
        var withFooter = document.Pages.Count(p => p.Lines.Any(l => l.Text == "GAO-06-1046 Grants Management"));
        Assert.True(withFooter >= 40, $"{withFooter} pages carry the footer");
        Assert.Contains(document.Lines, l => l.Text == "Page 1");
        Assert.Contains(document.Lines, l => l.Text == "Page 2");
    }

    [Fact]
    public void Note_markers_are_raised_digits_and_link_to_page_foot_notes()
    {
        var document = PdfFiles.Read(PdfFiles.GrantsManagement);
        var line = Assert.Single(document.Lines, l => l.Text.StartsWith("by the Government Performance and Results Act of 1993 (GPRA),", StringComparison.Ordinal));
        var marker = Assert.Single(line.Markers);
        Assert.Equal(1, marker.Number);
        Assert.Equal("by the Government Performance and Results Act of 1993 (GPRA),", line.TextWithoutMarkers);

        var text = PdfTextRenderer.Render(document);
        Assert.Contains("Results Act of 1993 (GPRA),[1]\n", text, StringComparison.Ordinal);
        Assert.Contains("[1] Pub. L. No. 103-62, 107 Stat. 285 (1993).\n[2] Pub. L. No. 105-220, Pub. L. No. 107-110.\n", text, StringComparison.Ordinal);
        Assert.Contains("[3] Pass-through grants are federal grants given to state governments that are subsequently distributed to county, municipal, or township governments.", text, StringComparison.Ordinal);
        var notes = System.Text.RegularExpressions.Regex.Matches(text, @"^\[(\d+)\] ", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).Distinct().Count();
        Assert.Equal(27, notes);
        Assert.Equal(52, text.Count(c => c == '\f'));
    }

    [Fact]
    public void Side_heads_come_just_before_the_paragraph_they_label()
    {
        var text = PdfTextRenderer.Render(PdfFiles.Read(PdfFiles.Testimony));
        var before = text.IndexOf("briefed on the results on January 15, 2008 and March 5, 2008.", StringComparison.Ordinal);
        var heading = text.IndexOf("\n\nOverall Survey\nResponse Rate\n\n", StringComparison.Ordinal);
        var after = text.IndexOf("The survey was sent to all GAO employees except Senior Executive", StringComparison.Ordinal);
        Assert.True(before >= 0 && before < heading && heading < after, text);
        Assert.Contains("\n\nOverview of EAC\nCreation and Purpose\n\nThe EAC was established", text, StringComparison.Ordinal);
        Assert.Contains("the transition.[1]", text, StringComparison.Ordinal);
        Assert.Contains("[1] As noted earlier, because of the lower response rate for Asians and African Americans", text, StringComparison.Ordinal);
    }

    /// <summary>Consecutive heading lines of one style on a page, joined: a heading that wraps.</summary>
    private static IEnumerable<string> HeadingBlocks(PdfDocumentText document)
    {
        foreach (var page in document.Pages)
        {
            var block = new List<PdfLine>();
            foreach (var line in page.Lines.Append(null))
            {
                if (line is not null && PdfTextRenderer.IsHeading(line, document.BodyFontSize)
                    && (block.Count == 0 || (block[^1].FontSize == line.FontSize && block[^1].Baseline > line.Baseline)))
                {
                    block.Add(line);
                    continue;
                }

                if (block.Count > 0)
                {
                    yield return string.Join(" ", block.Select(l => l.Text));
                }

                block = line is not null && PdfTextRenderer.IsHeading(line, document.BodyFontSize) ? [line] : [];
            }
        }
    }

    /// <summary>pdftotext's reading of the PDF where poppler-utils is installed, else the corpus copy of its output.</summary>
    private static string PdftotextOutput()
    {
        var pdf = PdfFiles.Path(PdfFiles.GrantsManagement + ".pdf");
        if (File.Exists("/usr/bin/pdftotext"))
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", [pdf, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 0)
            {
                return text;
            }
        }

        return File.ReadAllText(PdfFiles.Path("en_gao-06-1046_pdftotext.txt"));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^Page [0-9ivxlc]+$")]
    private static partial System.Text.RegularExpressions.Regex PageNumberLine();

    /// <summary>pdftotext writes note markers as plain digits.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\[(\d+)\]")]
    private static partial System.Text.RegularExpressions.Regex Marker();

    [System.Text.RegularExpressions.GeneratedRegex(@"(\p{L})-\n(?=\p{Ll})")]
    private static partial System.Text.RegularExpressions.Regex Dehyphenated();
}
