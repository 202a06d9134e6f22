using BriefingSite.Publishing;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

public sealed class ArtifactCacheTests
{
    [Fact]
    public void A_file_made_from_unchanged_inputs_is_copied_from_the_previous_output_and_a_changed_one_is_made_again()
    {
        using var site = TempSite.Empty();
        var output = site.Output;
        Directory.CreateDirectory(Path.Combine(output, "en"));
        var first = ArtifactCache.Load(output);
        var card = first.Get("en/a.png", ArtifactCache.Key("title A", "2024-01-01"), () => [1, 2, 3]);
        var other = first.Get("en/b.png", ArtifactCache.Key("title B"), () => [4]);
        OutputTarget.Write(output, card);
        OutputTarget.Write(output, other);
        OutputTarget.Write(output, first.List()!);
        Assert.Equal((0, 2), (first.Reused, first.Made));

        var second = ArtifactCache.Load(output);
        var drawn = 0;
        var same = second.Get("en/a.png", ArtifactCache.Key("title A", "2024-01-01"), () => { drawn++; return [9]; });
        var changed = second.Get("en/b.png", ArtifactCache.Key("title B, revised"), () => { drawn++; return [5]; });

        Assert.Equal(1, drawn);
        Assert.Null(same.Bytes);
        Assert.Equal(Path.Combine(output, "en", "a.png"), same.CopyFrom);
        Assert.Equal([5], changed.Bytes!);
        Assert.Equal((1, 1), (second.Reused, second.Made));
        Assert.Equal(2, second.List()!.Text!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_listed_file_missing_from_the_previous_output_is_made_again()
    {
        using var site = TempSite.Empty();
        Directory.CreateDirectory(site.Output);
        var key = ArtifactCache.Key("x");
        File.WriteAllText(Path.Combine(site.Output, ArtifactCache.FileName), $"{key}\tgone.png\nnot a line\n");

        var cache = ArtifactCache.Load(site.Output);

        Assert.False(cache.Has("gone.png", key));
        Assert.Equal([7], cache.Get("gone.png", key, () => [7]).Bytes!);
    }

    [Fact]
    public void The_key_tells_apart_parts_that_concatenate_alike_and_a_missing_part_from_an_empty_one()
    {
        Assert.NotEqual(ArtifactCache.Key("ab", "c"), ArtifactCache.Key("a", "bc"));
        Assert.NotEqual(ArtifactCache.Key("a", null), ArtifactCache.Key("a", ""));
        Assert.Equal(ArtifactCache.Key("a", "b"), ArtifactCache.Key("a", "b"));
    }

    [Fact]
    public void A_build_lists_every_share_card_it_published_for_the_next_build()
    {
        using var site = TempSite.CopyOfRepository();
        Assert.True(site.Build(import: false).Succeeded);

        var listed = File.ReadAllLines(Path.Combine(site.Output, ArtifactCache.FileName)).Select(l => l.Split('\t')[1]).Order(StringComparer.Ordinal);
        var cards = Directory.EnumerateFiles(site.Output, "*.card.png", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(cards, listed);
    }
}
