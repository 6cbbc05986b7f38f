using System.Text;

namespace BatchEngine.Tests.Support;

/// <summary>Reads a text/event-stream to its end, as the SSE spec frames it (fields, blank line ends an event).</summary>
internal static class SseReader
{
    public sealed record ServerEvent(string? Event, string Data, string? Id);

    public static async Task<IReadOnlyList<ServerEvent>> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        var events = new List<ServerEvent>();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? type = null, id = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0)
                {
                    events.Add(new ServerEvent(type, data.ToString(), id));
                }

                (type, id) = (null, null);
                data.Clear();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "event": type = value; break;
                case "id": id = value; break;
                case "data": data.Append(data.Length > 0 ? "\n" : string.Empty).Append(value); break;
            }
        }

        if (data.Length > 0)
        {
            events.Add(new ServerEvent(type, data.ToString(), id));
        }

        return events;
    }
}
