using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace BatchEngine.AI.Calls;

/// <summary>
/// What went wrong with one attempt, read from whatever the provider threw. The package takes no provider's
/// transport, so the HTTP status and <c>Retry-After</c> are read by shape: an <see cref="HttpRequestException"/>'s
/// <c>StatusCode</c>, or the <c>Status</c> and <c>GetRawResponse().Headers</c> that System.ClientModel's and Azure's
/// exceptions share (the OpenAI and Azure OpenAI clients).
/// </summary>
internal readonly record struct ModelFault(string Kind, bool Transient, TimeSpan? RetryAfter)
{
    public static readonly ModelFault Timeout = new("timeout", Transient: true, RetryAfter: null);

    public static ModelFault From(Exception exception, DateTimeOffset now)
    {
        int? status = StatusOf(exception);
        if (status is > 0)
        {
            var transient = status is 408 or 429 or >= 500;
            return new ModelFault($"http-{status}", transient, transient ? RetryAfterOf(exception, now) : null);
        }

        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or SocketException or IOException)
            {
                return new ModelFault("connection", Transient: true, RetryAfter: null);
            }
        }

        return new ModelFault(exception.GetType().Name, Transient: false, RetryAfter: null);
    }

    private static int? StatusOf(Exception exception)
    {
        if (exception is HttpRequestException { StatusCode: { } code })
        {
            return (int)code;
        }

        var property = exception.GetType().GetProperty("Status", BindingFlags.Public | BindingFlags.Instance)
            ?? exception.GetType().GetProperty("StatusCode", BindingFlags.Public | BindingFlags.Instance);
        return property?.GetValue(exception) switch
        {
            int value => value,
            HttpStatusCode value => (int)value,
            _ => null,
        };
    }

    private static TimeSpan? RetryAfterOf(Exception exception, DateTimeOffset now)
    {
        object? response;
        try
        {
            response = exception.GetType().GetMethod("GetRawResponse", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)?.Invoke(exception, null);
        }
        catch (TargetInvocationException)
        {
            return null;
        }

        var headers = response?.GetType().GetProperty("Headers", BindingFlags.Public | BindingFlags.Instance)?.GetValue(response);
        var tryGet = headers?.GetType().GetMethod("TryGetValue", [typeof(string), typeof(string).MakeByRefType()]);
        if (tryGet is null)
        {
            return null;
        }

        string? Header(string name)
        {
            object?[] arguments = [name, null];
            return tryGet.Invoke(headers, arguments) is true ? arguments[1] as string : null;
        }

        return Parse(Header("retry-after-ms"), Header("Retry-After"), now);
    }

    /// <summary><c>retry-after-ms</c> (OpenAI's), else <c>Retry-After</c> in seconds or as an HTTP date.</summary>
    internal static TimeSpan? Parse(string? milliseconds, string? retryAfter, DateTimeOffset now)
    {
        if (double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at > now ? at - now : TimeSpan.Zero;
        }

        return null;
    }
}
