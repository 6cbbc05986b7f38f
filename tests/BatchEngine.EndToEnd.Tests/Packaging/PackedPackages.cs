using System.IO.Compression;
using System.Reflection.Metadata;
using System.Xml.Linq;

namespace BatchEngine.Tests.Packaging;

/// <summary>What a packed .nupkg holds, read the way NuGet reads it: its nuspec, its files, and its snupkg's PDB.</summary>
internal sealed class PackedPackages(string feed)
{
    // The Source Link custom debug information kind (Portable PDB specification).
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public string Path(string id, string version) => System.IO.Path.Combine(feed, $"{id}.{version}.nupkg");

    public string SymbolsPath(string id, string version) => System.IO.Path.Combine(feed, $"{id}.{version}.snupkg");

    public static XElement Nuspec(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    public static string? Value(XElement metadata, string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    public static XElement? Element(XElement metadata, string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    public static IReadOnlyList<string> Files(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    public static string ReadText(string package, string entryName)
    {
        using var zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The Source Link JSON embedded in the snupkg's PDB for the given assembly.</summary>
    public static string? SourceLink(string snupkg, string assemblyName)
    {
        using var zip = ZipFile.OpenRead(snupkg);
        var entry = zip.Entries.First(e => e.Name == $"{assemblyName}.pdb");
        using var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(copy);
        var reader = provider.GetMetadataReader();
        foreach (var handle in reader.CustomDebugInformation)
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == SourceLinkKind)
            {
                return System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        return null;
    }
}
