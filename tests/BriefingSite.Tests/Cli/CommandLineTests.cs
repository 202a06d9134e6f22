using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Cli;

/// <summary>The CLI's contract: exit 0 on success, 1 on content errors, 2 on usage errors; errors name the file.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Build_then_check_succeed_and_print_a_summary()
    {
        using var site = TempSite.CopyOfRepository();
        var (code, output, _) = Run("build", "--root", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("pages per language: ar ", output, StringComparison.Ordinal);

        (code, output, _) = Run("check", "--root", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("0 problem(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_refuses_a_port_that_is_not_a_port_number()
    {
        using var site = TempSite.CopyOfRepository();
        var (code, _, errors) = Run("serve", "--root", site.Root, "--port", "70000");
        Assert.Equal(2, code);
        Assert.Contains("--port 70000", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_command_is_build()
    {
        using var site = TempSite.CopyOfRepository();
        Assert.Equal(0, Run("--root", site.Root).Code);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void Import_reports_each_seed()
    {
        using var site = TempSite.CopyOfRepository(withInput: false);
        var (code, output, _) = Run("import", "--root", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("language en; title \u2068The New Landscape of Iranian Politics\u2069", output, StringComparison.Ordinal);
        Assert.Contains("17 footnotes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_error_exits_1_and_names_the_file_without_a_stack_trace()
    {
        using var site = TempSite.CopyOfRepository();
        site.Write("input/en/broken.md", "---\ntitle: [\n---\n");
        var (code, _, errors) = Run("build", "--root", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("input/en/broken.md:2", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, Run(args).Code);

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("import", "--help")]
    [InlineData("check", "--help")]
    public void Every_command_has_help(params string[] args)
    {
        var (code, output, _) = Run(args);
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_missing_output_is_a_content_error()
    {
        using var site = TempSite.Empty();
        var (code, _, errors) = Run("check", "--root", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("output folder not found", errors, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Errors) Run(params string[] args) => CliRunner.Run(args);
}
