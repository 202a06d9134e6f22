namespace BriefingSite.Config;

/// <summary>
/// A table shipped inside the program: an embedded YAML file of rows keyed by language code, read
/// once on first use. A regional code (<c>ar-iq</c>) falls back to its language (<c>ar</c>), as
/// CLDR's own inheritance does.
/// </summary>
public sealed class BuiltInLanguageTable<T>(string resourceName, string displayName)
    where T : class
{
    private readonly Lazy<Dictionary<string, T>> _rows = new(() => Load(resourceName, displayName));

    /// <summary>Codes the table has a row for, in order.</summary>
    public IEnumerable<string> Codes => _rows.Value.Keys.Order(StringComparer.Ordinal);

    /// <summary>The row for a language code, or its base language's; null when the table has neither.</summary>
    public T? Find(string code)
    {
        var rows = _rows.Value;
        if (rows.TryGetValue(code, out var exact))
        {
            return exact;
        }

        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && rows.TryGetValue(code[..dash], out var general) ? general : null;
    }

    private static Dictionary<string, T> Load(string resourceName, string displayName)
    {
        using var stream = typeof(BuiltInLanguageTable<T>).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{displayName} is missing from the program");
        using var reader = new StreamReader(stream);
        return YamlLoader.Load<Dictionary<string, T>>(reader.ReadToEnd(), displayName);
    }
}
