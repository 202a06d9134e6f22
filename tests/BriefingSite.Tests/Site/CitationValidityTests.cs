using System.Text.Json;
using BriefingSite.Tests.Support;
using Json.Schema;

namespace BriefingSite.Tests.Site;

/// <summary>
/// Every briefing's CSL-JSON download validates against the CSL project's schema
/// (tests/BriefingSite.Tests/Schemas/csl-data.json, see the README there), and every BibTeX
/// download reads with the strict reader and has the fields its entry type requires.
/// </summary>
public sealed class CitationValidityTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    private static readonly JsonSchema CslData = JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests/BriefingSite.Tests/Schemas/csl-data.json")));

    /// <summary>BibTeX's required fields per entry type (misc requires none; ours always has a title).</summary>
    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["article"] = ["author", "title", "journal", "year"],
        ["techreport"] = ["author", "title", "institution", "year"],
        ["misc"] = ["title"],
    };

    [Fact]
    public void Every_csl_json_download_is_valid_csl_data()
    {
        var files = Downloads(".json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var result = CslData.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, file + ": " + string.Join("; ", Errors(result)));
        }
    }

    [Fact]
    public void The_schema_rejects_an_item_without_an_id_or_with_an_unknown_field()
    {
        using var missingId = JsonDocument.Parse("""[{"type": "report", "title": "x"}]""");
        using var unknown = JsonDocument.Parse("""[{"type": "report", "id": "a", "headline": "x"}]""");
        using var badType = JsonDocument.Parse("""[{"type": "briefing", "id": "a"}]""");

        Assert.False(CslData.Evaluate(missingId.RootElement).IsValid);
        Assert.False(CslData.Evaluate(unknown.RootElement).IsValid);
        Assert.False(CslData.Evaluate(badType.RootElement).IsValid);
    }

    [Fact]
    public void Every_bibtex_download_is_strict_and_has_its_types_required_fields()
    {
        var files = Downloads(".bib");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var entry = StrictBibTexReader.Read(File.ReadAllText(file));
            var names = entry.Fields.Select(f => f.Name).ToList();
            Assert.True(Required.ContainsKey(entry.Type), file + ": entry type " + entry.Type);
            Assert.All(Required[entry.Type], required => Assert.True(names.Contains(required), $"{file}: @{entry.Type} lacks {required}"));
            Assert.Equal(names.Count, names.Distinct().Count());
            Assert.All(entry.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Value), $"{file}: {f.Name} is empty"));
        }
    }

    [Theory]
    [InlineData("@misc{k,\n  title = {{A & B}},\n}\n")]
    [InlineData("@misc{k,\n  title = {{50% off}},\n}\n")]
    [InlineData("@misc{k,\n  title = {{snake_case}},\n}\n")]
    [InlineData("@misc{k,\n  title = {{open},\n}\n")]
    [InlineData("@misc{k,\n  title = \"quoted\",\n}\n")]
    public void The_strict_reader_refuses_unescaped_specials_and_unbalanced_braces(string bib) =>
        Assert.Throws<FormatException>(() => StrictBibTexReader.Read(bib));

    [Fact]
    public void The_strict_reader_accepts_escaped_specials() =>
        Assert.Equal(@"{A \& B \_ 50\%}", StrictBibTexReader.Read("@misc{k,\n  title = {{A \\& B \\_ 50\\%}},\n}\n").Fields[0].Value);

    private List<string> Downloads(string extension) =>
        [.. Directory.EnumerateFiles(site.Site.Output, "*" + extension, SearchOption.AllDirectories)
            .Where(f => f.Replace('\\', '/').Contains("/briefings/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Errors(EvaluationResults result) =>
        (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
}
