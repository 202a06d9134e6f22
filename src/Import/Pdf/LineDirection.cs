namespace BriefingSite.Import.Pdf;

/// <summary>The base direction of a line of text (its bidi paragraph level).</summary>
public enum LineDirection
{
    LeftToRight,
    RightToLeft,
}
