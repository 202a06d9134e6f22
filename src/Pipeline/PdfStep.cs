using System.Diagnostics;
using System.Globalization;
using BriefingSite.Publishing;
using BriefingSite.Content;
using BriefingSite.Publishing.Pdf;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>
/// Prints each briefing's staged page to <c>&lt;lang&gt;/briefings/&lt;slug&gt;.pdf</c> when
/// <see cref="PdfPlanStep"/> turned PDFs on. A PDF whose printed content, stylesheets, footer and
/// browser are unchanged is copied from the previous output; the browser starts only when one must be printed.
/// </summary>
/// <param name="startPrinter">Starts the browser; tests wrap it to count starts.</param>
public sealed class PdfStep(Func<PdfPlan, Task<IPdfPrinter>>? startPrinter = null) : IBuildStep
{
    /// <summary>Pages printed at once: Chromium renders each in its own process, but they share the machine's cores.</summary>
    private static readonly int Parallelism = Math.Clamp(Environment.ProcessorCount, 1, 4);

    // A lambda, not the method group: Playwright's assembly loads only when a PDF is printed.
    private readonly Func<PdfPlan, Task<IPdfPrinter>> _startPrinter = startPrinter ?? (plan => ChromiumPdfPrinter.StartAsync(plan));

    public string Name => "pdf";

    public void Run(BuildContext context)
    {
        // PDFs are printed from a whole staged site; serve's in-place updates leave them as they were.
        if (context.Pdf is not { } plan || context.Output is not StagedOutput staged)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var output = context.RequireOutput();
        var cache = context.Artifacts!;
        var jobs = new List<PdfJob>();
        var reused = 0;
        foreach (var (job, unchanged) in Jobs(context, plan, staged.Folder, cache))
        {
            if (unchanged)
            {
                output.Add(new OutputFile(job.PdfPath, null, cache.PreviousPath(job.PdfPath)));
                cache.Record(job.PdfPath, job.Key, reused: true);
                reused++;
            }
            else
            {
                jobs.Add(job);
            }
        }

        var printed = jobs.Count == 0 ? 0 : Print(context, plan, jobs).GetAwaiter().GetResult();
        context.Notes.Enqueue(string.Create(CultureInfo.InvariantCulture, $"PDFs: {printed} printed, {reused} unchanged ({watch.Elapsed.TotalSeconds:0.00} s)."));
    }

    /// <summary>
    /// One job per briefing page, keyed by everything its PDF is made from, and whether the previous
    /// output's PDF prints the same (only what reaches paper counts: see <see cref="PdfKey"/>).
    /// </summary>
    private static IEnumerable<(PdfJob Job, bool Unchanged)> Jobs(BuildContext context, PdfPlan plan, string folder, ArtifactCache cache)
    {
        var routes = context.Routes!;
        var stylesheets = Stylesheets(folder);
        var printed = new PrintedContent(PrintRules.Read(stylesheets));
        foreach (var route in routes.All.Where(r => r.Kind == RouteKind.Briefing).OrderBy(r => r.OutputPath, StringComparer.Ordinal))
        {
            var html = OutputTarget.Resolve(folder, route.OutputPath);
            var pdfPath = SiteUrls.Pdf(route.Page!);
            var footer = PdfFooter.For(SiteUrls.Absolute(routes.Site.Config.BaseUrl, route.OutputPath), route.Language.Direction);
            var previous = PdfKey.Parse(cache.PreviousKey(pdfPath));
            var key = PdfKey.Of(File.ReadAllText(html), previous, printed,
                text => ArtifactCache.Key(text, stylesheets, PdfFooter.EmptyHeader, footer, plan.BrowserVersion));
            yield return (new PdfJob(route.Page!.SourcePath, html, pdfPath, footer, key.ToString()), key.PrintsAs(previous));
        }
    }

    /// <summary>The staged theme stylesheets (the print rules among them), in path order.</summary>
    private static string Stylesheets(string folder)
    {
        var assets = Path.Combine(folder, "assets");
        return Directory.Exists(assets)
            ? string.Concat(Directory.EnumerateFiles(assets, "*.css", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText))
            : "";
    }

    /// <summary>Prints <paramref name="jobs"/> with one browser, several pages at a time; a page that fails is an error naming its source.</summary>
    private async Task<int> Print(BuildContext context, PdfPlan plan, List<PdfJob> jobs)
    {
        IPdfPrinter printer;
        try
        {
            printer = await _startPrinter(plan);
        }
        catch (PdfPrintException ex)
        {
            context.Diagnostics.Error(plan.Chromium, ex.Message + "; set pdf: enabled: false in site.yml to build without PDFs");
            return 0;
        }

        var printed = 0;
        await using (printer)
        {
            await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (job, _) =>
            {
                try
                {
                    var bytes = await printer.PrintAsync(job);
                    context.RequireOutput().Add(new OutputFile(job.PdfPath, null) { Bytes = bytes });
                    context.Artifacts!.Record(job.PdfPath, job.Key, reused: false);
                    context.Progress.Advanced(Name, Interlocked.Increment(ref printed), jobs.Count);
                }
                catch (PdfPrintException ex)
                {
                    context.Diagnostics.Error(job.Source, $"cannot print the PDF {job.PdfPath}: {ex.Message}");
                }
            });
        }

        return printed;
    }
}
