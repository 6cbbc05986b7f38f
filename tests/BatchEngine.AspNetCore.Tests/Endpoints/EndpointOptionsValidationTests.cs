using BatchEngine.AspNetCore;
using BatchEngine.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Endpoints;

/// <summary>
/// Bad endpoint limits stop <c>MapBatchEndpoints()</c> at start, every one named by its configuration key in the
/// engine's one format.
/// </summary>
public sealed class EndpointOptionsValidationTests
{
    public static TheoryData<Action<BatchEndpointOptions>, string> BadSettings() => new()
    {
        { o => o.MaxBatchBytes = 0, "BatchEngine:Http:MaxBatchBytes must be positive (was 0)." },
        { o => o.MaxFilesPerBatch = -1, "BatchEngine:Http:MaxFilesPerBatch must be positive (was -1)." },
        { o => o.MaxJobsPerPage = 0, "BatchEngine:Http:MaxJobsPerPage must be positive (was 0)." },
        { o => o.UploadTimeout = TimeSpan.Zero, "BatchEngine:Http:UploadTimeout must be positive (was 00:00:00)." },
        { o => o.MaxConcurrentClassifications = 0, "BatchEngine:Http:MaxConcurrentClassifications must be positive (was 0)." },
        { o => o.AdminPolicy = " ", "BatchEngine:Http:AdminPolicy must name a policy, or be empty (was blank)." },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_limit_stops_the_mapping_with_a_message_naming_its_key(Action<BatchEndpointOptions> configure, string message)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddBatchEngine();
        builder.Services.Configure(configure);
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapBatchEndpoints());

        Assert.Equal($"Invalid BatchEndpointOptions: {message}", error.Message);
    }

    [Fact]
    public async Task Every_bad_limit_is_named_at_once()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddBatchEngine();
        builder.Services.Configure<BatchEndpointOptions>(o => { o.MaxReviewBytes = 0; o.MaxEventStreams = 0; });
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapBatchEndpoints());

        Assert.Equal("Invalid BatchEndpointOptions: BatchEngine:Http:MaxReviewBytes must be positive (was 0). BatchEngine:Http:MaxEventStreams must be positive (was 0).", error.Message);
    }
}
