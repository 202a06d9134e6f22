namespace BriefingSite.Import;

/// <summary>How a note's number is written where it is defined.</summary>
public enum NoteLabelShape
{
    /// <summary><c>1</c>, <c>1.</c>, <c>1)</c>, <c>١-</c>: the marker in the text may take any form.</summary>
    Plain,

    /// <summary><c>[1]</c>.</summary>
    Bracket,

    /// <summary><c>(1)</c>, <c>(١)</c>.</summary>
    Paren,

    /// <summary><c>¹</c>.</summary>
    Superscript,

    /// <summary><c>*</c>, <c>†</c>.</summary>
    Symbol,
}
