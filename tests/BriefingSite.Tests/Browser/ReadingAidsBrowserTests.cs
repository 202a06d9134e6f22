using BriefingSite.Tests.Support;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// Given the repository's briefings opened from disk in Chromium, the local reading script marks
/// the section being read in the contents (which stay in view in the inline-end column on a wide
/// screen), opens a note's preview on hover or focus and closes it with Escape, and the search
/// page shows the passage that matched, in the reader's language where the page has one.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class ReadingAidsBrowserTests(ChromiumFixture chromium)
{
    [Theory]
    [InlineData(SitePages.EnglishBriefing)]
    [InlineData(SitePages.ArabicBriefing)]
    public async Task The_contents_stay_in_view_at_the_inline_end_and_mark_the_section_scrolled_to(string path)
    {
        var page = await chromium.NewPageAsync(1400);
        await page.GotoAsync(chromium.FileUrl(path));
        var target = await page.EvaluateAsync<string>("[...document.querySelectorAll('.toc a')].at(-2).getAttribute('href')");

        await page.EvaluateAsync("id => document.getElementById(id.slice(1)).scrollIntoView()", target);
        await page.WaitForSelectorAsync($".toc a[href='{target}'][aria-current='true']");

        Assert.Equal(1, await page.Locator(".toc a[aria-current]").CountAsync());
        var toc = await page.EvaluateAsync<double[]>("(() => { const r = document.querySelector('.toc').getBoundingClientRect(); return [r.left, r.right, r.top]; })()");
        var prose = await page.EvaluateAsync<double[]>("(() => { const r = document.querySelector('.prose').getBoundingClientRect(); return [r.left, r.right]; })()");
        Assert.InRange(toc[2], 0, 100);
        if (SitePages.LanguageOf(path) == "en")
        {
            Assert.True(toc[0] >= prose[1], $"contents start at {toc[0]}, text ends at {prose[1]}");
        }
        else
        {
            Assert.True(toc[1] <= prose[0], $"contents end at {toc[1]}, text starts at {prose[0]}");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_note_reference_shows_its_note_on_hover_and_focus_and_escape_closes_it()
    {
        var page = await chromium.NewPageAsync(1280);
        await page.GotoAsync(chromium.FileUrl(SitePages.EnglishBriefing));
        var note = (await page.Locator("#fn\\:1 p").TextContentAsync())!;
        var preview = page.Locator(".note-preview");

        await page.Locator("a.footnote-ref[href='#fn:1']").HoverAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        Assert.Equal(note.Replace("↩", "", StringComparison.Ordinal).Trim(), (await preview.TextContentAsync())!.Trim());
        Assert.Equal("note-preview", await page.Locator("a.footnote-ref[href='#fn:1']").GetAttributeAsync("aria-describedby"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(preview).ToBeHiddenAsync();

        await page.Locator("a.footnote-ref[href='#fn:2']").FocusAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        Assert.StartsWith("See Siavash Ghazi", (await preview.TextContentAsync())!.Trim(), StringComparison.Ordinal);
        var box = (await preview.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 1280, $"preview at {box.X}+{box.Width}");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(preview).ToBeHiddenAsync();
        Assert.Null(await page.Locator("a.footnote-ref[href='#fn:2']").GetAttributeAsync("aria-describedby"));
        Assert.EndsWith(".html", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_search_result_shows_the_passage_that_matched_not_the_opening()
    {
        var page = await chromium.NewPageAsync(360);
        await page.GotoAsync(chromium.FileUrl("en/search.html") + "?q=parliamentary");
        var passage = page.Locator(".search-results li[data-lang='en'] p.search-results__passage");
        await Assertions.Expect(passage).ToHaveCountAsync(1);

        var text = (await passage.TextContentAsync())!;
        Assert.Equal("parliamentary", (await passage.Locator("mark").TextContentAsync())!.ToLowerInvariant());
        Assert.DoesNotContain("After seven turbulent years", text, StringComparison.Ordinal);
        Assert.True(text.Length < 260, text);
        Assert.Matches(@"^(…\S|\p{Lu})", text);
        Assert.Matches(@"(\S…|[.!?”])$", text);
        Assert.Equal("en", await passage.GetAttributeAsync("lang"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_arabic_reader_sees_the_passage_of_an_english_briefings_arabic_abstract()
    {
        var page = await chromium.NewPageAsync(1280);
        await page.GotoAsync(chromium.FileUrl("ar/search.html") + "?q=" + Uri.EscapeDataString("الدستور"));
        var passage = page.Locator(".search-results li[data-lang='en'] p.search-results__passage");
        await Assertions.Expect(passage).ToHaveCountAsync(1);

        Assert.Equal("الدستور", await passage.Locator("mark").TextContentAsync());
        Assert.Equal(("ar", "rtl"), (await passage.GetAttributeAsync("lang"), await passage.GetAttributeAsync("dir")));
        await page.Context.CloseAsync();
    }
}
