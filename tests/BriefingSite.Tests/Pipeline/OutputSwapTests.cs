using BriefingSite.Diagnostics;
using BriefingSite.Pipeline;
using BriefingSite.Publishing;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Pipeline;

/// <summary>
/// Given a site in output/, when a build swaps a new one in, then output/index.html exists at
/// every moment, a failure before the new site is in place leaves the previous one, and a failure
/// after it leaves the new site with a warning and a marked leftover that --clean removes.
/// </summary>
public sealed class OutputSwapTests
{
    [Fact]
    public void A_reader_in_a_tight_loop_always_finds_the_home_page_during_repeated_swaps()
    {
        using var site = TempSite.Empty();
        var writer = new AtomicOutputWriter(site.Output, "output");
        Publish(writer, "first");
        var home = Path.Combine(site.Output, "index.html");
        var misses = 0;
        var reads = 0;
        using var stop = new CancellationTokenSource();
        var reader = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                reads++;
                try
                {
                    if (!File.ReadAllText(home).StartsWith("<p>", StringComparison.Ordinal))
                    {
                        misses++;
                    }
                }
                catch (IOException)
                {
                    misses++;
                }
            }
        });
        reader.Start();

        for (var i = 0; i < 200; i++)
        {
            Assert.Null(Publish(writer, $"build {i}"));
        }

        stop.Cancel();
        reader.Join();
        Assert.True(reads > 200, $"the reader ran only {reads} times");
        Assert.Equal(0, misses);
        Assert.Equal("<p>build 199</p>", File.ReadAllText(home));
        Assert.Equal(["output"], Folders(site.Root));
    }

    [Fact]
    public void Without_an_atomic_exchange_two_renames_swap_and_leave_nothing_beside_the_output()
    {
        using var site = TempSite.Empty();
        var writer = new AtomicOutputWriter(site.Output, "output", new FaultyMoves { CanExchange = false });
        Publish(writer, "first");

        Assert.Null(Publish(writer, "second"));

        Assert.Equal("<p>second</p>", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Equal(["output"], Folders(site.Root));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_swap_that_fails_before_the_new_site_is_in_place_keeps_the_previous_site(bool canExchange)
    {
        using var site = TempSite.Empty();
        Publish(new AtomicOutputWriter(site.Output, "output"), "previous");
        var moves = new FaultyMoves { CanExchange = canExchange, FailExchange = canExchange, FailMoveInto = site.Output };
        var writer = new AtomicOutputWriter(site.Output, "output", moves);

        var error = Assert.Throws<SiteException>(() => Publish(writer, "new"));

        Assert.Contains("could not put the new site in place", error.Message, StringComparison.Ordinal);
        Assert.Equal("<p>previous</p>", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.True(OutputMarker.IsIn(site.Output));
        Assert.Equal(["output"], Folders(site.Root));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void When_the_previous_site_cannot_be_deleted_the_new_one_stays_with_a_warning_and_clean_removes_the_leftover(bool canExchange)
    {
        using var site = TempSite.Empty();
        Publish(new AtomicOutputWriter(site.Output, "output"), "previous");
        var writer = new AtomicOutputWriter(site.Output, "output", new FaultyMoves { CanExchange = canExchange, FailDelete = true });

        var warning = Publish(writer, "new");

        Assert.NotNull(warning);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("could not be deleted", warning.Message, StringComparison.Ordinal);
        Assert.Equal("<p>new</p>", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        var leftover = Assert.Single(Folders(site.Root), f => f != "output");
        Assert.Equal(leftover, warning.File);
        Assert.True(OutputMarker.IsIn(Path.Combine(site.Root, leftover)));

        new AtomicOutputWriter(site.Output, "output").RemoveLeftovers();

        Assert.Equal(["output"], Folders(site.Root));
    }

    [Fact]
    public void A_build_whose_previous_site_cannot_be_deleted_succeeds_with_the_new_site_and_a_warning()
    {
        using var site = TempSite.CopyOfRepository();
        Assert.True(site.Build().Succeeded);
        site.Write("input/en/about.md", site.Read("input/en/about.md") + "\nOne more line.\n");

        var result = new SiteBuilder().Build(new BuildOptions(site.Paths) { Moves = new FaultyMoves { FailDelete = true } });

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("output.", warning.File, StringComparison.Ordinal);
        Assert.Contains("build --clean", warning.Message, StringComparison.Ordinal);
        Assert.Contains("One more line.", File.ReadAllText(Path.Combine(site.Output, "en/about.html")), StringComparison.Ordinal);

        Assert.True(new SiteBuilder().Build(new BuildOptions(site.Paths, Clean: true)).Succeeded);

        Assert.Equal(["input", "output", "seeds", "theme"], Folders(site.Root));
    }

    [Fact]
    public void Clean_removes_only_marked_folders_of_the_builds_own_naming()
    {
        using var site = TempSite.Empty();
        foreach (var name in new[] { "output.old-backup", "output.old-123", "output.staging-9x", "output.old-77" })
        {
            site.Write(name + "/keep.txt", "mine");
        }

        OutputMarker.Write(Path.Combine(site.Root, "output.old-77"));
        OutputMarker.Write(Path.Combine(site.Root, "output.old-backup"));
        OutputMarker.Write(Path.Combine(site.Root, "output.staging-9x"));

        new AtomicOutputWriter(site.Output, "output").RemoveLeftovers();

        Assert.Equal(["output.old-123", "output.old-backup", "output.staging-9x"], Folders(site.Root));
    }

    [Fact]
    public void A_foreign_folder_in_the_way_of_the_staging_folder_is_not_deleted()
    {
        using var site = TempSite.Empty();
        var foreign = site.Write($"output.staging-{Environment.ProcessId}/notes.txt", "mine");

        var error = Assert.Throws<SiteException>(() => new AtomicOutputWriter(site.Output, "output").CreateStaging());

        Assert.Equal($"output.staging-{Environment.ProcessId}", error.Diagnostic.File);
        Assert.Contains("no build wrote it", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(foreign));
    }

    private static Diagnostic? Publish(AtomicOutputWriter writer, string text)
    {
        var staging = writer.CreateStaging();
        File.WriteAllText(Path.Combine(staging, "index.html"), $"<p>{text}</p>");
        Directory.CreateDirectory(Path.Combine(staging, "en"));
        File.WriteAllText(Path.Combine(staging, "en", "index.html"), text);
        try
        {
            return writer.Swap(staging);
        }
        catch
        {
            writer.DeleteIfOwned(staging);
            throw;
        }
    }

    private static string[] Folders(string root) => [.. Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>Folder operations with one chosen step failing, as a full disk or a read-only folder would.</summary>
    private sealed class FaultyMoves : FolderMoves
    {
        public bool CanExchange { get; init; } = true;

        public bool FailExchange { get; init; }

        public string? FailMoveInto { get; init; }

        public bool FailDelete { get; init; }

        public override bool TryExchange(string first, string second) =>
            FailExchange ? throw new IOException("injected: exchange failed") : CanExchange && base.TryExchange(first, second);

        public override void Move(string from, string to)
        {
            if (to == FailMoveInto && !from.EndsWith(".old-" + Environment.ProcessId, StringComparison.Ordinal))
            {
                throw new IOException("injected: no space left on device");
            }

            base.Move(from, to);
        }

        public override void DeleteOwned(string folder)
        {
            if (FailDelete)
            {
                // Half deleted, as a read-only subfolder would leave it.
                Directory.Delete(Path.Combine(folder, "en"), recursive: true);
                throw new UnauthorizedAccessException($"injected: access to the path '{folder}' is denied");
            }

            base.DeleteOwned(folder);
        }
    }
}
