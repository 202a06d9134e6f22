using BriefingSite.Config;

namespace BriefingSite.Cli.Serve;

/// <summary>What <c>briefing serve</c> was asked for.</summary>
/// <param name="Port">Port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="PathBase">Serve under a sub-path ("/briefings"), as a GitHub Pages project site is.</param>
/// <param name="Import">Convert seeds on start and whenever seeds or site.yml change.</param>
public sealed record ServeOptions(SitePaths Paths, int Port = 8080, string PathBase = "", bool Import = true);
