namespace BriefingSite.Import.Pdf;

/// <summary>The Unicode bidirectional character types this reader tells apart (UAX #9, table 4).</summary>
internal enum BidiClass
{
    /// <summary>Left-to-right letter.</summary>
    L,

    /// <summary>Right-to-left letter (Hebrew).</summary>
    R,

    /// <summary>Arabic letter.</summary>
    AL,

    /// <summary>European number.</summary>
    EN,

    /// <summary>European number separator (+ -).</summary>
    ES,

    /// <summary>European number terminator ($ % #).</summary>
    ET,

    /// <summary>Arabic number (Arabic-Indic digits).</summary>
    AN,

    /// <summary>Common number separator (, . : /).</summary>
    CS,

    /// <summary>Non-spacing mark (Arabic harakat).</summary>
    NSM,

    /// <summary>Boundary neutral (ZWNJ, ZWJ).</summary>
    BN,

    /// <summary>Segment separator (tab).</summary>
    S,

    /// <summary>White space.</summary>
    WS,

    /// <summary>Other neutral.</summary>
    ON,
}
