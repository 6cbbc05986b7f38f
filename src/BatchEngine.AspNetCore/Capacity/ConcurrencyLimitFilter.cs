using BatchEngine.AspNetCore.Problems;
using Microsoft.AspNetCore.Http;

namespace BatchEngine.AspNetCore.Capacity;

/// <summary>
/// Lets at most a fixed number of requests of one endpoint run at once; the next answers 503 with a
/// <c>detail</c> naming the option and a <c>Retry-After</c>, instead of queuing without bound. A slot is held
/// until the answer is written (an event stream holds it while it streams).
/// </summary>
internal sealed class ConcurrencyLimitFilter(int limit, string detail) : IEndpointFilter
{
    private const string RetryAfterSeconds = "1";
    private int _running;

    /// <summary>Requests running now.</summary>
    public int Running => Volatile.Read(ref _running);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (Interlocked.Increment(ref _running) > limit)
        {
            Interlocked.Decrement(ref _running);
            context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
            return BatchProblems.Problem(StatusCodes.Status503ServiceUnavailable, detail);
        }

        try
        {
            var result = await next(context).ConfigureAwait(false);
            return result is IResult answer ? new ReleasingResult(answer, this) : Release(result);
        }
        catch
        {
            Interlocked.Decrement(ref _running);
            throw;
        }
    }

    private object? Release(object? result)
    {
        Interlocked.Decrement(ref _running);
        return result;
    }

    /// <summary>Writes the endpoint's answer, then frees the slot.</summary>
    private sealed class ReleasingResult(IResult inner, ConcurrencyLimitFilter owner) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            try
            {
                await inner.ExecuteAsync(httpContext).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref owner._running);
            }
        }
    }
}
