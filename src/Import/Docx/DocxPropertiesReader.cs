using DocumentFormat.OpenXml.Packaging;

namespace BriefingSite.Import.Docx;

/// <summary>
/// What a Word file says about itself: the paragraphs styled Title, Author, Date and Abstract
/// first (what the reader sees), then the core properties (<c>dc:title</c>, <c>dc:creator</c>,
/// <c>dcterms:created</c> or <c>modified</c>, <c>dc:language</c>, <c>dc:description</c>) and
/// the application's Company as publisher. A declared language whose script the text does not
/// have (a template's <c>en-US</c> on an Arabic text) is ignored.
/// </summary>
public static class DocxPropertiesReader
{
    private static readonly HashSet<string> ArabicScriptLanguages = ["ar", "fa", "ur", "ps", "ckb", "ku", "sd", "ug", "ks"];

    public static DocumentProperties Read(WordprocessingDocument document, DocxStyledMetadata styled, string text)
    {
        var core = document.PackageProperties;
        var declaredDate = core.Created ?? core.Modified;
        var styledDate = styled.Dates.Select(DateFinder.FirstDay).FirstOrDefault(d => d is not null)?.Day;
        List<string> authors = styled.Authors.Count > 0
            ? [.. styled.Authors.Select(a => PersonName.From(a) ?? a)]
            : [.. (core.Creator ?? "").Split(';').Select(a => a.Trim()).Where(a => a.Length > 0)];
        return new DocumentProperties
        {
            Title = styled.Title ?? NonBlank(core.Title),
            Authors = authors,
            Date = styledDate ?? (declaredDate is { } date ? DateOnly.FromDateTime(date) : null),
            Publisher = NonBlank(document.ExtendedFilePropertiesPart?.Properties?.Company?.Text),
            Language = Language(NonBlank(core.Language), text),
            Summary = styled.Abstracts.Count > 0 ? string.Join(' ', styled.Abstracts) : NonBlank(core.Description),
        };
    }

    private static string? Language(string? declared, string text)
    {
        var code = new DocumentProperties { Language = declared }.LanguageCode;
        return code is null || ArabicScriptLanguages.Contains(code) == (ScriptDetector.Detect(text) == ScriptDetector.Arabic) ? declared : null;
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
