using BriefingSite.Diagnostics;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import;

/// <summary>Never all or nothing: each seed imports or fails on its own, and the exit code says when one failed.</summary>
public sealed class ImporterRobustnessTests
{
    private const string English = "Statement from the Press Secretary\n\nThe White House\nNovember 4, 2019\n\nForty years ago today, Iranian militants stormed the United States Embassy in Tehran, taking more than 50 Americans hostage for 444 days. Today, we honor the victims of this brazen act.";
    private const string ArabicWithoutTitle = "لقد تلقينا تأكيدا يفيد بأن إيران قد أطلقت سراح خمسة أمريكيين كانوا معتقلين بشكل تعسفي ووضعتهم في الإقامة الجبرية. هذه خطوة مشجعة ولكن ما كان ينبغي اعتقال هؤلاء المواطنين من الأساس.";

    [Fact]
    public void A_bad_seed_is_an_error_naming_it_and_the_others_are_written()
    {
        using var site = TempSite.CopyOfRepository(withInput: false);
        site.Write("seeds/100_statement.txt", English);
        site.Write("seeds/101_untitled.txt", ArabicWithoutTitle);
        site.Write("seeds/102_empty.txt", "");
        File.WriteAllBytes(Path.Combine(site.Root, "seeds/103_binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x00, 0x00, 0x00, 0x01]);

        var (code, output, errors) = CliRunner.Run("import", "--root", site.Root);

        Assert.Equal(1, code);
        Assert.Contains("seeds/102_empty.txt: error:", errors, StringComparison.Ordinal);
        Assert.Contains("seeds/103_binary.txt: error:", errors, StringComparison.Ordinal);
        Assert.Contains("2 error(s)", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, "input/en/briefings/statement-from-the-press-secretary.md")));
        Assert.True(File.Exists(Path.Combine(site.Root, "input/en/briefings/the-new-landscape-of-iranian-politics.md")));
        Assert.True(File.Exists(Path.Combine(site.Root, "input/ar/briefings/party-politics-in-iraq-where-to.md")));
        var untitled = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, "input/ar/briefings"), "lqd-*.md"));
        Assert.Contains("title: لقد تلقينا تأكيدا", File.ReadAllText(untitled), StringComparison.Ordinal);
        Assert.Contains("seeds/101_untitled.txt:1: warning: title made from the first words", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_that_clash_are_not_written_but_the_others_are()
    {
        using var site = TempSite.CopyOfRepository(withInput: false);
        site.Write("seeds/100_statement.txt", English);
        site.Write("seeds/101_same.txt", English);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("100_statement.txt and 101_same.txt", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "input/en/briefings/statement-from-the-press-secretary.md")));
        Assert.True(File.Exists(Path.Combine(site.Root, "input/en/briefings/the-new-landscape-of-iranian-politics.md")));
    }
}
