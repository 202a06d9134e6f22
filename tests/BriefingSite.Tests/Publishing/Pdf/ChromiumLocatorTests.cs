using BriefingSite.Publishing.Pdf;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing.Pdf;

/// <summary>Given folders with browser executables, the locator takes site.yml's browser or the first usual name on PATH, and its version token follows the file.</summary>
public sealed class ChromiumLocatorTests : IDisposable
{
    private readonly TempSite _folder = TempSite.Empty();

    [Fact]
    public void The_usual_names_are_found_on_path_in_their_order_and_a_named_browser_wins()
    {
        var first = _folder.Write("a/google-chrome", "#!/bin/sh\n");
        var second = _folder.Write("b/chromium", "#!/bin/sh\n");
        var path = string.Join(Path.PathSeparator, Path.Combine(_folder.Root, "a"), Path.Combine(_folder.Root, "b"));

        Assert.Equal(second, ChromiumLocator.Find(null, path));
        Assert.Equal(first, ChromiumLocator.Find(null, Path.Combine(_folder.Root, "a")));
        Assert.Equal(first, ChromiumLocator.Find(first, path));
        Assert.Null(ChromiumLocator.Find(Path.Combine(_folder.Root, "missing"), path));
        Assert.Null(ChromiumLocator.Find(null, ""));
    }

    [Fact]
    public void A_replaced_browser_has_another_version_token()
    {
        var browser = _folder.Write("bin/chromium", "#!/bin/sh\n# 155\n");
        var before = ChromiumLocator.VersionOf(browser);

        File.WriteAllText(browser, "#!/bin/sh\n# version 156\n");
        File.SetLastWriteTimeUtc(browser, DateTime.UtcNow.AddMinutes(1));

        Assert.NotEqual(before, ChromiumLocator.VersionOf(browser));
        Assert.Equal(ChromiumLocator.VersionOf(browser), ChromiumLocator.VersionOf(browser));
    }

    public void Dispose() => _folder.Dispose();
}
