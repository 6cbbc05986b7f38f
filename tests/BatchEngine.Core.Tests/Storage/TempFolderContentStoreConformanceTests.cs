using BatchEngine.Storage;
using BatchEngine.Storage.TempFolder;
using BatchEngine.Testing;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Storage;

/// <summary>The IDocumentContentStore contract against the temp-folder store (its own process folder, removed on dispose).</summary>
public sealed class TempFolderContentStoreConformanceTests : DocumentContentStoreConformanceTests
{
    protected override Task<IDocumentContentStore> CreateStoreAsync() =>
        Task.FromResult<IDocumentContentStore>(new TempFolderContentStore(Options.Create(new BatchEngineOptions())));
}
