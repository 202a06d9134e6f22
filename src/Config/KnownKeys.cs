using System.Reflection;

namespace BriefingSite.Config;

/// <summary>The snake_case YAML keys a record accepts, for error messages.</summary>
public static class KnownKeys
{
    public static IReadOnlyList<string> Of(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => SnakeCaseKeys.Instance.Apply(p.Name))
            .Order(StringComparer.Ordinal)];
}
