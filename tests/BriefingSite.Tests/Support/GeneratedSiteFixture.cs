namespace BriefingSite.Tests.Support;

/// <summary>The repository's site with a few hundred generated briefings added, built once per test class.</summary>
public sealed class GeneratedSiteFixture : IDisposable
{
    public const int Briefings = 300;

    public GeneratedSiteFixture()
    {
        GeneratedBriefings.Write(Site, Briefings);
        var result = Site.Build(import: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public TempSite Site { get; } = TempSite.CopyOfRepository();

    public void Dispose() => Site.Dispose();
}
