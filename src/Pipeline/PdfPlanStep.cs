using BriefingSite.Publishing.Pdf;

namespace BriefingSite.Pipeline;

/// <summary>
/// Decides, before the pages render, whether this build prints PDFs: asked for
/// (<see cref="BuildOptions.Pdfs"/>), not turned off in <c>site.yml</c>, and a Chromium found.
/// Otherwise the build goes on without them and says why in one line.
/// </summary>
/// <param name="pathVariable">The folders searched for Chromium; null reads PATH (tests pass their own).</param>
public sealed class PdfPlanStep(string? pathVariable = null) : IBuildStep
{
    public string Name => "pdf-plan";

    public void Run(BuildContext context)
    {
        var settings = context.RequireConfig().Pdf;
        if (!context.Options.Pdfs)
        {
            return;
        }

        if (!settings.Enabled)
        {
            context.Notes.Enqueue("PDFs: off (pdf: enabled: false in site.yml).");
            return;
        }

        var chromium = ChromiumLocator.Find(settings.Chromium, pathVariable ?? Environment.GetEnvironmentVariable("PATH"));
        if (chromium is null)
        {
            context.Notes.Enqueue(settings.Chromium is { } named
                ? $"PDFs: skipped, {named} (pdf: chromium: in site.yml) not found."
                : $"PDFs: skipped, no Chromium found ({string.Join(", ", ChromiumLocator.Names)} on PATH; or set pdf: chromium: in site.yml).");
            return;
        }

        context.Pdf = new PdfPlan(chromium, ChromiumLocator.VersionOf(chromium));
    }
}
