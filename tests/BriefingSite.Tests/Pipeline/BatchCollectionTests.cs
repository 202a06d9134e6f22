using System.Runtime;
using BriefingSite.Pipeline;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Pipeline;

/// <summary>
/// The build command's collector: concurrent while the site loads, blocking (batch) from the render
/// step on, and as it was once the build returns, so serve's sustained low latency is never touched.
/// The mode is the process's: these run alone, or a serve test starting meanwhile would change it under them.
/// </summary>
[Collection(Name)]
public sealed class BatchCollectionTests : IDisposable
{
    public const string Name = "collector mode";

    private readonly TempSite _site = TempSite.CopyOfRepository();

    [Theory]
    [InlineData(true, GCLatencyMode.Batch)]
    [InlineData(false, null)]
    public void A_batch_build_collects_in_batch_from_rendering_on_and_restores_the_mode_after(bool batch, GCLatencyMode? whileRendering)
    {
        var before = GCSettings.LatencyMode;
        var seen = new Dictionary<string, GCLatencyMode>();
        var steps = SiteBuilder.DefaultSteps.SelectMany(s => new IBuildStep[] { s, new LatencyProbe(s.Name, seen) }).ToList();

        var result = new SiteBuilder().Build(new BuildOptions(_site.Paths, Import: false, Batch: batch), steps);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(before, seen["load"]);
        Assert.Equal(whileRendering ?? before, seen["render"]);
        Assert.Equal(whileRendering ?? before, seen["write"]);
        Assert.Equal(before, GCSettings.LatencyMode);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Records the collector's mode just after the step it is named after.</summary>
    private sealed class LatencyProbe(string after, Dictionary<string, GCLatencyMode> seen) : IBuildStep
    {
        public string Name => "probe " + after;

        public void Run(BuildContext context) => seen[after] = GCSettings.LatencyMode;
    }
}

[CollectionDefinition(BatchCollectionTests.Name, DisableParallelization = true)]
public sealed class CollectorModeAlone;
