using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// Given a good build, when one bad input from <see cref="BadInputTable"/> is added, then the CLI
/// exits 1 with a message naming file (and line), prints no stack trace or .NET type name, and leaves output/ as it was.
/// </summary>
public sealed class BadInputTests
{
    [Theory]
    [MemberData(nameof(BadInputTable.Names), MemberType = typeof(BadInputTable))]
    public void Each_bad_input_gets_a_clear_answer_and_keeps_the_last_good_site(string name)
    {
        var row = BadInputTable.Rows.Single(r => r.Name == name);
        using var site = TempSite.CopyOfRepository();
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.Output);
        row.Arrange(site);

        var (code, errors) = Run("build", "--root", site.Root);

        if (row.Succeeds)
        {
            Assert.True(code == 0, errors);
            if (row.Shows is not null)
            {
                Assert.Contains(row.Shows, site.Read("output/ar/index.html"), StringComparison.Ordinal);
            }

            if (row.Message.Length > 0)
            {
                // A warning: printed, not fatal, but fatal under --strict.
                Assert.Contains(row.Message, errors, StringComparison.Ordinal);
                if (row.Line > 0)
                {
                    Assert.Contains($"{row.File}:{row.Line}:", errors, StringComparison.Ordinal);
                }

                Assert.Equal(1, Run("build", "--strict", "--root", site.Root).Code);
            }

            return;
        }

        Assert.Equal(1, code);
        var expected = row.Line > 0 ? $"{row.File}:{row.Line}" : row.File;
        Assert.Contains(expected, errors, StringComparison.Ordinal);
        Assert.Contains(row.Message, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        // No .NET type names ("System.String, System.Private.CoreLib, Version=…").
        Assert.DoesNotContain("Version=", errors, StringComparison.Ordinal);
        if (Directory.Exists(site.Output))
        {
            Assert.Equal(before, Snapshot(site.Output));
        }
    }

    /// <summary>
    /// The issue's 19 cases, one found since (a theme older than the code), and sixteen from the
    /// second hardening round: links out of seeds/ and theme/, paths in seeds.yml and the import
    /// state, a value of the wrong shape (whose message named .NET types), unsafe URLs, control
    /// characters at any depth of front-matter, invalid UTF-8, duplicate keys, tabs in YAML and
    /// deep raw HTML.
    /// </summary>
    [Fact]
    public void The_table_covers_every_case_the_issue_lists() => Assert.Equal(35, BadInputTable.Rows.Count);

    [Fact]
    public void A_theme_problem_met_by_every_page_is_reported_once()
    {
        using var site = TempSite.CopyOfRepository();
        BadInputTable.Rows.Single(r => r.Name.StartsWith("UI string", StringComparison.Ordinal)).Arrange(site);

        var (code, errors) = Run("build", "--root", site.Root);

        Assert.Equal(1, code);
        // Once per language file that lacks it, not once per page.
        Assert.Equal(2, errors.Split('\n').Count(l => l.Contains("UI string 'nav_topics'", StringComparison.Ordinal)));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText)
            : [];

    private static (int Code, string Errors) Run(params string[] args)
    {
        var (code, output, errors) = CliRunner.Run(args);
        return (code, errors + output);
    }
}
