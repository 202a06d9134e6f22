using BriefingSite.Config;
using BriefingSite.Content;
using YamlDotNet.Serialization;

namespace BriefingSite.Import;

/// <summary>Writes a page as Markdown with a YAML front-matter block, leaving out empty fields.</summary>
public static class FrontMatterWriter
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(SnakeCaseKeys.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections | DefaultValuesHandling.OmitDefaults)
        .DisableAliases()
        .Build();

    public static string Write(FrontMatter meta, string body) =>
        $"---\n{Serializer.Serialize(meta).ReplaceLineEndings("\n")}---\n\n{body}";

    public static string Serialize<T>(T value)
        where T : notnull =>
        Serializer.Serialize(value).ReplaceLineEndings("\n");
}
