namespace BriefingSite.Rendering.Citations;

/// <summary>
/// An author's name as reference managers want it: family and given parts for a Latin-script
/// name of two or more words, else the name whole (<see cref="Literal"/>). Arabic names are kept
/// whole, since splitting "خضير عباس الدهلكي" at its last space would misname the family.
/// </summary>
public sealed record CitationName(string Whole, string? Family, string? Given)
{
    public bool Literal => Family is null;

    public static CitationName Of(string name)
    {
        var whole = name.Trim();
        var words = whole.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || whole.Any(c => c > '\u024F'))
        {
            return new CitationName(whole, null, null);
        }

        return new CitationName(whole, words[^1], string.Join(' ', words[..^1]));
    }

    /// <summary>"Family, Given" for BibTeX and RIS; the whole name when it is not split.</summary>
    public string Inverted => Literal ? Whole : $"{Family}, {Given}";
}
