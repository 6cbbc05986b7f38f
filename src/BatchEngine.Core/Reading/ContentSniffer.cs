namespace BatchEngine.Reading;

/// <summary>
/// Picks the reader for a content from its first bytes (never from the file name): readers are asked in
/// registration order. Returns a stream positioned at the start of the content again.
/// </summary>
internal static class ContentSniffer
{
    /// <summary>How many leading bytes the readers see (<see cref="IDocumentReader.CanRead"/>).</summary>
    public const int HeaderBytes = 1024;

    public static async Task<SniffResult> SniffAsync(Stream content, IReadOnlyList<IDocumentReader> readers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var header = new byte[HeaderBytes];
        var length = 0;
        int read;
        while (length < HeaderBytes && (read = await content.ReadAsync(header.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        var reader = Pick(header.AsSpan(0, length), readers);
        Stream rewound;
        if (content.CanSeek)
        {
            content.Seek(-length, SeekOrigin.Current);
            rewound = content;
        }
        else
        {
            rewound = new PrefixedReadStream(header.AsMemory(0, length), content);
        }

        return new SniffResult(reader, rewound, length == 0);
    }

    public static IDocumentReader? Pick(ReadOnlySpan<byte> header, IReadOnlyList<IDocumentReader> readers)
    {
        if (header.IsEmpty)
        {
            return null;
        }

        foreach (var reader in readers)
        {
            if (reader.CanRead(header))
            {
                return reader;
            }
        }

        return null;
    }
}

/// <summary>What sniffing found.</summary>
/// <param name="Reader">The reader that recognised the content, or null.</param>
/// <param name="Content">The content from its first byte.</param>
/// <param name="IsEmpty">True when the content has no bytes.</param>
internal readonly record struct SniffResult(IDocumentReader? Reader, Stream Content, bool IsEmpty);
