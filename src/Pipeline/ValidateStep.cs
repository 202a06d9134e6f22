using BriefingSite.Publishing;

namespace BriefingSite.Pipeline;

/// <summary>Fails the build on any internal link, anchor or asset that does not resolve, and on XML (feeds, sitemap) that does not parse.</summary>
public sealed class ValidateStep : IBuildStep
{
    public string Name => "validate";

    public void Run(BuildContext context)
    {
        foreach (var problem in LinkValidator.Validate(context.Files).Concat(XmlValidator.Validate(context.Files)))
        {
            context.Diagnostics.Add(problem with { File = "output/" + problem.File });
        }
    }
}
