using BatchEngine.Isolation;
using Microsoft.Extensions.Configuration;

namespace BatchEngine.Tests.Isolation;

/// <summary>The isolation timeout was renamed ExtractionTimeout; settings written with the old key still bind.</summary>
public sealed class ExtractionTimeoutConfigurationTests
{
    private static IsolationOptions Bind(string key, string value)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        var options = new IsolationOptions();
        configuration.GetSection("BatchEngine:Isolation").Bind(options);
        return options;
    }

    [Fact]
    public void The_new_key_sets_the_extraction_timeout()
    {
        Assert.Equal(TimeSpan.FromSeconds(42), Bind("BatchEngine:Isolation:ExtractionTimeout", "00:00:42").ExtractionTimeout);
    }

    [Fact]
    public void The_former_document_timeout_key_still_sets_the_extraction_timeout()
    {
        Assert.Equal(TimeSpan.FromSeconds(17), Bind("BatchEngine:Isolation:DocumentTimeout", "00:00:17").ExtractionTimeout);
    }
}
