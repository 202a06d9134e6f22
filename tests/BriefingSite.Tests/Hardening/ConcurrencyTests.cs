using BriefingSite.Diagnostics;
using BriefingSite.Publishing;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

public sealed class ConcurrencyTests
{
    [Fact]
    public void A_second_build_into_the_same_output_fails_clearly_while_the_first_holds_the_lock()
    {
        using var site = TempSite.CopyOfRepository();
        using (BuildLock.Acquire(site.Output, "output"))
        {
            var result = site.Build();
            Assert.False(result.Succeeded);
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("another build is writing", StringComparison.Ordinal));
            Assert.False(Directory.Exists(site.Output));
        }

        Assert.True(site.Build().Succeeded);
    }
}
