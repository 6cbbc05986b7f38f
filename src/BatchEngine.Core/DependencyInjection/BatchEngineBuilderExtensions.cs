using BatchEngine.Classification;
using BatchEngine.Detection;
using BatchEngine.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BatchEngine.DependencyInjection;

/// <summary>Plugs detectors, classifiers and readers into the engine.</summary>
public static class BatchEngineBuilderExtensions
{
    /// <summary>Adds a detector; it runs beside the others on every document.</summary>
    public static IBatchEngineBuilder AddDetector<TDetector>(this IBatchEngineBuilder builder)
        where TDetector : class, IDetector
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, TDetector>());
        return builder;
    }

    /// <summary>Replaces the classifier.</summary>
    public static IBatchEngineBuilder AddClassifier<TClassifier>(this IBatchEngineBuilder builder)
        where TClassifier : class, IClassifier
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RemoveAll<IClassifier>();
        builder.Services.AddSingleton<IClassifier, TClassifier>();
        return builder;
    }

    /// <summary>Adds a reader for another format; readers are asked in registration order.</summary>
    public static IBatchEngineBuilder AddReader<TReader>(this IBatchEngineBuilder builder)
        where TReader : class, IDocumentReader
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, TReader>());
        return builder;
    }
}
