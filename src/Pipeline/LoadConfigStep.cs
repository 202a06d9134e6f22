using BriefingSite.Config;

namespace BriefingSite.Pipeline;

/// <summary>Reads site.yml and applies command-line overrides; an update keeps the last build's.</summary>
public sealed class LoadConfigStep : IBuildStep
{
    public string Name => "config";

    public void Run(BuildContext context)
    {
        if (context.Previous is { } previous)
        {
            // An update follows edits to input pages alone: site.yml is as the last build read it.
            context.Config = previous.Site.Config;
            return;
        }

        var config = SiteConfigLoader.Load(context.Paths);
        context.Config = context.Options.BaseUrl is { } baseUrl ? config with { BaseUrl = baseUrl.TrimEnd('/') + "/" } : config;
    }
}
