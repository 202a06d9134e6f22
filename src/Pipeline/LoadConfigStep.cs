using BriefingSite.Config;

namespace BriefingSite.Pipeline;

/// <summary>Reads site.yml and applies command-line overrides.</summary>
public sealed class LoadConfigStep : IBuildStep
{
    public string Name => "config";

    public void Run(BuildContext context)
    {
        var config = SiteConfigLoader.Load(context.Paths);
        context.Config = context.Options.BaseUrl is { } baseUrl ? config with { BaseUrl = baseUrl.TrimEnd('/') + "/" } : config;
    }
}
