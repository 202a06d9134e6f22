using System.Reflection;
using BriefingSite.Config;
using CsCheck;
using YamlDotNet.Serialization.NamingConventions;

namespace BriefingSite.Tests.Config;

/// <summary>Our snake_case keys must be YamlDotNet's: every site.yml and front-matter written so far depends on them.</summary>
public sealed class SnakeCaseKeysTests
{
    [Fact]
    public void Every_property_of_the_tools_own_types_gets_the_key_YamlDotNet_gives_it()
    {
        var names = typeof(SiteConfig).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => p.Name)
            .Distinct()
            .ToList();

        Assert.Contains("StaleTranslations", names);
        Assert.All(names, name => Assert.Equal(UnderscoredNamingConvention.Instance.Apply(name), SnakeCaseKeys.Instance.Apply(name)));
        Assert.Equal("stale_translations", SnakeCaseKeys.Instance.Apply("StaleTranslations"));
    }

    [Fact]
    public void Any_identifier_made_of_letters_digits_and_separators_gets_YamlDotNets_key_and_name()
    {
        Gen.Char["AbcXyZ019_-"].Array[1, 12].Select(c => new string(c)).Sample(name =>
        {
            Assert.Equal(UnderscoredNamingConvention.Instance.Apply(name), SnakeCaseKeys.Instance.Apply(name));
            Assert.Equal(UnderscoredNamingConvention.Instance.Reverse(name), SnakeCaseKeys.Instance.Reverse(name));
        }, iter: 5000);
    }
}
