namespace BriefingSite.Rendering;

/// <summary>
/// One output being rendered: the pages it shows, recorded by the builders as they read them, and
/// its worker's recent parses. Passed explicitly down the render, so nothing depends on which thread runs it.
/// </summary>
public sealed class RenderScope(RecentParses parses)
{
    public ShownPages Shown { get; } = new();

    public RecentParses Parses => parses;
}
