namespace BriefingSite.Rendering.Cards;

/// <summary>The bidi character classes the card's line ordering tells apart (a subset of UAX #9's).</summary>
public enum BidiClass
{
    /// <summary>Strong left-to-right: Latin and most other letters.</summary>
    Left,

    /// <summary>Strong right-to-left: Arabic, Persian, Hebrew letters.</summary>
    Right,

    /// <summary>European digits (0–9, and the Persian digits ۰–۹, which UAX #9 also counts as EN).</summary>
    EuropeanNumber,

    /// <summary>Arabic-Indic digits (٠–٩) and the Arabic decimal and thousands separators.</summary>
    ArabicNumber,

    /// <summary>A combining mark: takes the class of the character it sits on.</summary>
    Mark,

    /// <summary>Spaces and punctuation: their direction comes from their neighbours.</summary>
    Neutral,
}
