namespace BriefingSite.Content;

/// <summary>Counts words as runs of letters or digits, which works for Arabic and Latin alike.</summary>
public static class WordCounter
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    public static int Minutes(int words, int wordsPerMinute) => Math.Max(1, (int)Math.Round(words / (double)Math.Max(1, wordsPerMinute)));
}
