using BriefingSite.Import;
using BriefingSite.Pipeline;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Pipeline;

/// <summary>A build parses the seeds again only when something the importer reads changed since an import that did nothing.</summary>
public sealed class ImportStampTests
{
    private const string ArabicBriefing = "input/ar/briefings/party-politics-in-iraq-where-to.md";

    [Fact]
    public void After_an_import_that_changed_nothing_the_next_build_does_not_parse_the_seeds_and_builds_the_same_site()
    {
        using var site = TempSite.CopyOfRepository();
        var first = Build(site, clean: true);
        var firstOutput = Snapshot(site.Output);

        var second = Build(site, clean: true);

        Assert.Equal(2, first.Imported.Count);
        // The repository's briefings were edited by hand after import: kept, and nothing written.
        Assert.All(first.Imported, o => Assert.Equal(ImportAction.KeptHandEdit, o.Action));
        Assert.True(File.Exists(ImportStamp.PathFor(site.Paths)));
        Assert.Empty(second.Imported);
        Assert.Equal(firstOutput, Snapshot(site.Output));
    }

    [Fact]
    public void Editing_seeds_yml_imports_the_seeds_again()
    {
        using var site = TempSite.CopyOfRepository(withInput: false);
        site.Build();
        site.Build();
        site.Write("seeds/seeds.yml", site.Read("seeds/seeds.yml").Replace("through four stages", "through five stages", StringComparison.Ordinal));

        var context = Build(site);

        Assert.Equal(2, context.Imported.Count);
        Assert.Contains("through five stages", site.Read(ArabicBriefing), StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_generated_file_is_imported_again()
    {
        using var site = TempSite.CopyOfRepository(withInput: false);
        site.Build();
        site.Build();
        var generated = site.Read(ArabicBriefing);
        File.Delete(Path.Combine(site.Root, ArabicBriefing));

        var context = Build(site);

        Assert.Contains(context.Imported, o => o.Action == ImportAction.Created);
        Assert.Equal(generated, site.Read(ArabicBriefing));
    }

    [Fact]
    public void An_import_that_wrote_files_leaves_no_stamp_so_the_next_build_checks_the_seeds_again()
    {
        using var site = TempSite.CopyOfRepository(withInput: false);

        var first = Build(site);
        var second = Build(site);

        Assert.All(first.Imported, o => Assert.Equal(ImportAction.Created, o.Action));
        Assert.Equal(2, second.Imported.Count);
        Assert.Empty(Build(site).Imported);
    }

    private static BuildContext Build(TempSite site, bool clean = false)
    {
        var context = new BuildContext(new BuildOptions(site.Paths, Clean: clean), SilentProgress.Instance);
        Assert.True(SiteBuilder.Build(context).Succeeded);
        return context;
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);
}
