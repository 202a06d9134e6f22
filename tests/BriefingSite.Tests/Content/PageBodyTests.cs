using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Content;

/// <summary>
/// A page's text is read from its file again when rendered rather than kept for the whole build:
/// it must come back exactly as checked at load, and a file changed meanwhile must stop the build.
/// </summary>
public sealed class PageBodyTests
{
    private const string Note = "input/en/note.md";

    [Fact]
    public void A_text_read_again_is_the_text_checked_at_load_with_line_endings_and_bidi_controls_handled_alike()
    {
        using var site = TempSite.CopyOfRepository();
        // A byte-order mark, Windows line endings and a bidi override: load normalises and strips them.
        site.Write(Note, "\uFEFF---\r\ntitle: A note\r\nlang: en\r\nkind: page\r\n---\r\nFirst line \u202Ewith an override\u202C.\r\n\r\nSecond paragraph.\r\n");
        var page = Load(site).Pages.Single(p => p.SourcePath == Note);

        var again = page.Body.ReadAgain();

        Assert.Equal("First line with an override.\n\nSecond paragraph.\n", again);
        Assert.Equal(page.Markdown, again);
    }

    [Fact]
    public void A_file_changed_after_load_is_an_error_naming_it_not_unchecked_text_published()
    {
        using var site = TempSite.CopyOfRepository();
        site.Write(Note, "---\ntitle: A note\nlang: en\nkind: page\n---\nChecked text.\n");
        var page = Load(site).Pages.Single(p => p.SourcePath == Note);

        site.Write(Note, "---\ntitle: A note\nlang: en\nkind: page\n---\nText nobody checked.\n");
        var changed = Assert.Throws<SiteException>(page.Body.ReadAgain);
        File.Delete(Path.Combine(site.Root, Note));
        var gone = Assert.Throws<SiteException>(page.Body.ReadAgain);

        Assert.Equal(Note, changed.Diagnostic.File);
        Assert.Contains("changed while the site was being built", changed.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Note, gone.Diagnostic.File);
    }

    private static BriefingSite.Content.Site Load(TempSite site)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = SiteLoader.Load(site.Paths, SiteConfigLoader.Load(site.Paths), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return loaded;
    }
}
