using System.Text.Json;
using BatchEngine;
using BatchEngine.AspNetCore;
using BatchEngine.DependencyInjection;
using BatchEngine.Office;
using BatchEngine.SampleHost;
using BatchEngine.Storage.Redis;

var builder = WebApplication.CreateBuilder(args);

// Where to listen: "Urls" (appsettings.json: http://localhost:8000), or the "Port" shortcut; both from
// appsettings.json, environment variables (Urls=..., Port=...) or the command line (--urls ..., --Port 9000).
SampleHostSettings.ApplyPort(builder);

var engine = builder.Services.AddBatchEngine(builder.Configuration.GetSection(SampleHostSettings.EngineSection).Bind)
    .AddOfficeReaders(builder.Configuration.GetSection("BatchEngine:Office").Bind);
builder.Services.Configure<BatchEndpointOptions>(builder.Configuration.GetSection(SampleHostSettings.HttpSection));

// ---------------------------------------------------------------------------------------------------
// Storage: "BatchEngine:Store" picks the job store (appsettings.json, env BatchEngine__Store, --BatchEngine:Store).
switch (SampleHostSettings.Store(builder.Configuration))
{
    case SampleHostSettings.InMemoryStore:
        break; // AddBatchEngine() already registered the in-memory store.

    case SampleHostSettings.RedisStore:
        // Jobs, uploaded content and the work queue in Redis; settings under "BatchEngine:Redis"
        // (ConnectionString, Password, UseTls, KeyPrefix, ...), e.g. env BatchEngine__Redis__ConnectionString.
        engine.AddRedis(builder.Configuration.GetSection("BatchEngine:Redis"));
        break;

    case var unknown:
        throw new InvalidOperationException($"Unknown BatchEngine:Store '{unknown}'. Use '{SampleHostSettings.InMemoryStore}' or '{SampleHostSettings.RedisStore}'.");
}
// ---------------------------------------------------------------------------------------------------

// Chat model: with a "BatchEngine:AI" section (Endpoint, Model; the key from an environment variable or user
// secrets) a model judges the rules' evidence after them; without it the host runs the rules only.
ChatModelSettings.AddChatModel(builder, engine);

builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks().AddBatchEngineOcr();
builder.Services.AddOpenApi();

// The endpoints write their own snake_case JSON; this makes the OpenAPI document describe the same names.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOpenApi();
app.MapHealthChecks("/health", HealthReportWriter.Options);
app.MapBatchEndpoints();
app.MapBatchDashboard("/dashboard");
app.MapGet("/", () => Results.Redirect("dashboard/")).ExcludeFromDescription();

app.Run();

/// <summary>The sample host's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
