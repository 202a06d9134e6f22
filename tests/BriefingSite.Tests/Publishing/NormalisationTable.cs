using System.Text.Json;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

/// <summary>The shared normalisation cases in <c>search-normalisation.json</c>, for the C# and the browser tests.</summary>
public static class NormalisationTable
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BriefingSite.Tests", "Publishing", "search-normalisation.json"))).RootElement;

    public static IReadOnlyList<(string Word, string Term)> Words { get; } =
        [.. Root.GetProperty("words").EnumerateArray().Select(c => (c.GetProperty("word").GetString()!, c.GetProperty("term").GetString()!))];

    public static IReadOnlyList<(string Text, string[] Terms)> Texts { get; } =
        [.. Root.GetProperty("texts").EnumerateArray().Select(c => (c.GetProperty("text").GetString()!, c.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToArray()))];

    public static TheoryData<string, string> WordCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (word, term) in Words)
        {
            data.Add(word, term);
        }

        return data;
    }
}
