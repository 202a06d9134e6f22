namespace BriefingSite.Cli.Serve;

/// <summary>Which parts of a site changed since the last report.</summary>
[Flags]
public enum SiteChanges
{
    None = 0,
    Input = 1,
    Theme = 2,

    /// <summary>Seeds: the importer must run again.</summary>
    Seeds = 4,

    /// <summary>site.yml: the importer must run again and every page be read again.</summary>
    Config = 8,
}
