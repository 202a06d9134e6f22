namespace BriefingSite.Import;

/// <summary>What happened to one seed's Markdown file in <c>input/</c>.</summary>
public enum ImportAction
{
    Created,
    Updated,
    Unchanged,
    KeptHandEdit,
}

public sealed record ImportOutcome(ImportReport Report, string OutputFile, ImportAction Action);
