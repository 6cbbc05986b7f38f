using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace BatchEngine.Office.Tests.Hostile;

/// <summary>Builds hostile packages from sound ones: extra parts, and parts whose declared size is a lie.</summary>
internal static class ZipPatch
{
    public static byte[] WithParts(byte[] package, Action<ZipArchive> add)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            add(zip);
        }

        return stream.ToArray();
    }

    /// <summary>Rewrites the uncompressed size that the local header and the central directory declare for one entry.</summary>
    public static byte[] DeclareSize(byte[] package, string name, uint size)
    {
        var copy = package.ToArray();
        var nameBytes = Encoding.ASCII.GetBytes(name);
        var patched = 0;
        for (var at = 0; at + 46 < copy.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(at));
            var (nameOffset, sizeOffset) = signature switch
            {
                0x04034b50 => (30, 22),
                0x02014b50 => (46, 24),
                _ => (0, 0),
            };
            if (nameOffset > 0 && copy.AsSpan(at + nameOffset).StartsWith(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(at + sizeOffset), size);
                patched++;
            }
        }

        return patched == 2 ? copy : throw new InvalidOperationException($"{name}: {patched} headers patched");
    }
}
