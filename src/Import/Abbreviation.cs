namespace BriefingSite.Import;

/// <summary>
/// Tells whether a short name in capitals abbreviates a longer one: "GAO" is the initials of the
/// last words of "U.S. Government Accountability Office", so a cover that prints only "GAO"
/// and a document property that names the office in full name the same publisher.
/// </summary>
public static class Abbreviation
{
    public static bool Abbreviates(string? shortName, string? fullName)
    {
        if (shortName is not { Length: >= 2 and <= 8 } || fullName is null || !shortName.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        var initials = fullName.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]))
            .Select(w => w[0])
            .ToArray();
        return initials.Length >= shortName.Length && new string(initials).EndsWith(shortName, StringComparison.Ordinal);
    }
}
