namespace BriefingSite.Pipeline;

/// <summary>Fails the build on any internal link, anchor or asset that does not resolve, and on XML (feeds, sitemap) that does not parse.</summary>
public sealed class ValidateStep : IBuildStep
{
    public string Name => "validate";

    public void Run(BuildContext context)
    {
        foreach (var problem in context.RequireOutput().Validate())
        {
            context.Diagnostics.Add(problem with { File = "output/" + problem.File });
        }
    }
}
