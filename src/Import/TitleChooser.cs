using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// Decides the title, in order of trust: the maintainer's override, the citation the text gives
/// for itself, a "Title:" line, the document's properties; only then a guess from the opening
/// lines (a title standing under a date, a statement's heading line, the first short line or the
/// first words). The cover is read with that title, so its lines are not taken for authors.
/// A guess is kept with a warning that says how it was made.
/// </summary>
public static class TitleChooser
{
    public static (CoverInfo Cover, string Title) Choose(
        List<TextBlock> blocks, TitleEvidence evidence, string script, IReadOnlyList<string>? knownAuthors, string file, List<Diagnostic> warnings)
    {
        var statedTitle = evidence.Override ?? evidence.Cited ?? evidence.Stated.Title ?? evidence.Declared;
        var guess = statedTitle is null ? Guess(blocks, script, evidence.Stated) : null;
        var cover = CoverBlockReader.Take(blocks, statedTitle ?? guess?.Title, script, knownAuthors);
        var title = cover.Title ?? throw new SiteException(file, "no title found: the text has no words");
        if (guess is { Source: not TitleSource.Confident } guessed && cover.Title == guessed.Title)
        {
            var how = guessed.Source == TitleSource.FirstWords ? "made from the first words of the text" : "guessed from the first short line";
            warnings.Add(Diagnostic.Warning(file, $"title {how}: '{guessed.Title}'; if it is wrong, set 'title' for this seed in seeds/seeds.yml", guessed.Line));
        }

        return (cover, evidence.Markdown ? MarkdownSource.HeadingText(title) ?? title : title);
    }

    private static (string Title, TitleSource Source, int Line)? Guess(List<TextBlock> blocks, string script, TextMetadata stated)
    {
        var guess = TitleGuesser.Guess(blocks, script);
        // A line under the date is more telling than a first short line; a statement's heading line more than its first words.
        guess = guess is { Source: not TitleSource.Confident } && stated.TitleBelowDate is { } below ? (below, TitleSource.Confident, guess.Value.Line) : guess;
        return guess is { Source: TitleSource.FirstWords } && stated.StatementLine is { } statement ? (statement, TitleSource.FirstShortLine, guess.Value.Line) : guess;
    }
}

/// <summary>What a text and its maintainer state about its title, most trusted first; <see cref="Markdown"/> when the text is Markdown already.</summary>
public sealed record TitleEvidence(string? Override, string? Cited, TextMetadata Stated, string? Declared, bool Markdown);
