namespace BatchEngine.AspNetCore.Dashboard;

/// <summary>One embedded file of the dashboard: its bytes, its media type and a validator for caches.</summary>
internal sealed record DashboardAsset(string Name, string ContentType, byte[] Content, string ETag);
