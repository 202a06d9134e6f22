namespace BriefingSite.Tests.Support;

/// <summary>Browser test classes share one Chromium and one built site: starting them takes seconds.</summary>
[CollectionDefinition(Name)]
public sealed class SharedChromium : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "chromium";
}
