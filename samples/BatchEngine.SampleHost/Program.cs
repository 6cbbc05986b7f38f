using BatchEngine.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBatchEngine(builder.Configuration.GetSection("BatchEngine").Bind);

var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
app.Run();
