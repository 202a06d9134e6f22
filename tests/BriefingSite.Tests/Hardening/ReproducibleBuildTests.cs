using System.Security.Cryptography;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

public sealed class ReproducibleBuildTests
{
    [Fact]
    public void Two_builds_of_the_same_inputs_are_byte_identical()
    {
        using var first = TempSite.CopyOfRepository(withInput: false);
        using var second = TempSite.CopyOfRepository(withInput: false);
        Assert.True(first.Build().Succeeded);
        Assert.True(second.Build().Succeeded);

        var a = Hashes(first.Output);
        Assert.True(a.Count > 20);
        Assert.Equal(a, Hashes(second.Output));
        Assert.Equal(Hashes(Path.Combine(first.Root, "input")), Hashes(Path.Combine(second.Root, "input")));
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
