using AngleSharp.Html.Parser;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Import;
using BriefingSite.Publishing;
using BriefingSite.Rendering;
using CsCheck;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// Arbitrary Unicode never breaks the importer, slugs, escaping or paths. Runs 400 cases from a
/// fixed seed in CI; run longer with <c>PROPERTY_ITERATIONS=100000 dotnet test --filter PropertyTests</c>,
/// and replay a failure with the seed CsCheck prints: <c>PROPERTY_SEED=... dotnet test ...</c>.
/// </summary>
public sealed class PropertyTests
{
    private static readonly string Seed = Environment.GetEnvironmentVariable("PROPERTY_SEED") is { Length: > 0 } seed ? seed : "0N0XIzNsQ0O2";
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("PROPERTY_ITERATIONS"), out var iterations) ? iterations : 400;

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["ابتثجحخدذرزسشصضطظعغفقكلمنهوي ًٌٍَُِّْـ؟،\n\u202E\u2066[]1234567890.-*#>"], 0, 400],
        Gen.String[Gen.Char["abc XYZ\n\n[1] -*#>`<script>&\"'/\\..:"], 0, 400]);

    private static readonly SiteConfig Config = new()
    {
        DefaultLanguage = "ar",
        Languages = [new() { Code = "ar", Script = "arabic", Direction = "rtl", Culture = "ar-IQ" }, new() { Code = "en", Script = "latin", Culture = "en-GB" }],
    };

    [Fact]
    public void Slugs_are_always_safe_file_names() =>
        AnyText.Sample(text =>
        {
            var slug = SlugMaker.Make(text);
            return slug.Length <= SlugMaker.MaxLength && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && !slug.StartsWith('-') && !slug.Contains("--", StringComparison.Ordinal);
        }, seed: Seed, iter: Iterations);

    [Fact]
    public void The_importer_never_throws_anything_but_the_projects_own_error() =>
        AnyText.Sample(text =>
        {
            try
            {
                var seed = new SeedText("seeds/x.txt", text, "utf-8", System.Text.Encoding.UTF8.GetBytes(text));
                var parsed = new SeedParser(Config).Parse(seed, new SeedOverrides());
                return parsed.Meta.Slug is not null && parsed.Meta.Slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
            }
            catch (SiteException)
            {
                return true;
            }
        }, seed: Seed, iter: Iterations);

    [Fact]
    public void Escaped_text_never_contains_markup() =>
        AnyText.Sample(text =>
        {
            var escaped = HtmlText.Escape(text);
            var document = new HtmlParser().ParseDocument($"<p title=\"{escaped}\">{escaped}</p>");
            var p = document.QuerySelector("p")!;
            return !escaped.Contains('<', StringComparison.Ordinal)
                && !escaped.Contains('"', StringComparison.Ordinal)
                && document.QuerySelectorAll("p").Length == 1
                && p.Children.Length == 0
                && p.Attributes.Length == 1;
        }, seed: Seed, iter: Iterations);

    [Fact]
    public void Rendered_markdown_never_emits_script_or_event_handlers() =>
        AnyText.Sample(text =>
        {
            var html = new MarkdownRenderer().Render(text).Html;
            var document = new HtmlParser().ParseDocument(html);
            return document.QuerySelectorAll("script, iframe, object, embed, style").Length == 0
                && document.All.All(e => e.Attributes.All(a => !a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                && document.QuerySelectorAll("a[href]").All(a => UrlPolicy.IsSafe(a.GetAttribute("href")!));
        }, seed: Seed, iter: Iterations);

    [Fact]
    public void Resolved_links_never_leave_the_site() =>
        Gen.Select(AnyText, AnyText).Sample((from, link) =>
        {
            var resolved = LinkValidator.Resolve("ar/briefings/" + SlugMaker.Make(from) + ".html", link);
            return resolved is null || (!resolved.Split('/').Contains("..") && !resolved.StartsWith('/'));
        }, seed: Seed, iter: Iterations);
}
