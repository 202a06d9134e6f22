namespace BriefingSite.Import;

/// <summary>
/// English words of six or more letters (SCOWL via Debian's wamerican-small; licence in
/// <c>src/Import/Data/english-words.COPYRIGHT.txt</c>), loaded once on first use: the evidence
/// that a word split by a line-end hyphen is one word when the text itself never writes it whole.
/// </summary>
public static class EnglishWords
{
    public const int MinLength = 6;

    private static readonly Lazy<HashSet<string>> Words = new(Load);

    public static bool Contains(string lowerCaseWord) => lowerCaseWord.Length >= MinLength && Words.Value.Contains(lowerCaseWord);

    private static HashSet<string> Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("BriefingSite.Import.english-words.txt")
            ?? throw new InvalidOperationException("the English word list is missing from the build");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            words.Add(line);
        }

        return words;
    }
}
