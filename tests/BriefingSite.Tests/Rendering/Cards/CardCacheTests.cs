using BriefingSite.Pipeline;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Rendering.Cards;

/// <summary>Cards come from the previous output when nothing they show changed.</summary>
public sealed class CardCacheTests
{
    [Fact]
    public void A_rebuild_redraws_no_card_and_an_edited_title_redraws_one()
    {
        using var site = TempSite.CopyOfRepository();
        var first = Build(site);
        Assert.True(first.Made >= 10, $"first build drew {first.Made} cards");
        Assert.Equal(0, first.Reused);
        var card = Path.Combine(site.Output, "en", "briefings", "the-new-landscape-of-iranian-politics.card.png");
        var before = File.ReadAllBytes(card);

        // --clean renders everything again (no up-to-date shortcut), so the cards step runs.
        var second = Build(site);
        Assert.Equal((0, first.Made), (second.Made, second.Reused));

        var file = Path.Combine("input", "en", "briefings", "the-new-landscape-of-iranian-politics.md");
        site.Write(file, site.Read(file).Replace("title: The New Landscape of Iranian Politics", "title: The Newer Landscape of Iranian Politics", StringComparison.Ordinal));
        var third = Build(site);

        Assert.Equal((1, first.Made - 1), (third.Made, third.Reused));
        Assert.StartsWith($"Share cards: 1 drawn, {first.Made - 1} unchanged (", third.Note, StringComparison.Ordinal);
        Assert.NotEqual(before, File.ReadAllBytes(card));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(card)[..4]);
    }

    private static (int Made, int Reused, string Note) Build(TempSite site)
    {
        var context = new BuildContext(new BuildOptions(site.Paths, Clean: true, Import: false), SilentProgress.Instance);
        var result = SiteBuilder.Build(context);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var cards = context.Artifacts!;
        return (cards.Made, cards.Reused, context.Notes.Single(n => n.StartsWith("Share cards:", StringComparison.Ordinal)));
    }
}
