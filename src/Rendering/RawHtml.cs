namespace BriefingSite.Rendering;

/// <summary>HTML the generator produced itself (rendered Markdown): the one kind of value templates do not escape.</summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
