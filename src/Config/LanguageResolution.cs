using System.Globalization;

namespace BriefingSite.Config;

/// <summary>What loading works out for a language beyond its settings: plural rules, its culture in its calendar, and its name in each site language.</summary>
internal sealed record LanguageResolution(PluralRule Plural, CultureInfo Culture, IReadOnlyDictionary<string, string> NamesByReader);
