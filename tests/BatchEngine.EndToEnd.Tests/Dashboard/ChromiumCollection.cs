namespace BatchEngine.Tests.Dashboard;

/// <summary>One Chromium for every dashboard test (starting it is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "Chromium";
}
