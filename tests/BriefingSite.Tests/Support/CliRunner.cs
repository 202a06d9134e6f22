using BriefingSite.Cli;

namespace BriefingSite.Tests.Support;

/// <summary>Runs the <c>briefing</c> command in-process, capturing what it prints.</summary>
public static class CliRunner
{
    public static (int Code, string Output, string Errors) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = CommandLine.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
