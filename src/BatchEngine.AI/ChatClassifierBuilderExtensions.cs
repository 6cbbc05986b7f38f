using BatchEngine.AI.Calls;
using BatchEngine.Classification;
using BatchEngine.DependencyInjection;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BatchEngine.AI;

/// <summary>Adds a chat model after the rules.</summary>
public static class ChatClassifierBuilderExtensions
{
    /// <summary>
    /// Runs the classifier registered so far (the built-in rules, or yours from <c>AddClassifier&lt;T&gt;()</c>) and
    /// then asks the <see cref="IChatClient"/> registered in DI to judge its evidence; a keyed <see cref="IChatClient"/>
    /// under <see cref="ChatClassifierOptions.CheckClientKey"/>, when there is one, checks that answer. Call it after
    /// any <c>AddClassifier&lt;T&gt;()</c>. Bind the options from configuration with
    /// <c>AddChatClassifier(configuration.GetSection("BatchEngine:AI").Bind)</c>.
    /// </summary>
    public static IBatchEngineBuilder AddChatClassifier(this IBatchEngineBuilder builder, Action<ChatClassifierOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<ChatClassifierOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatClassifierOptions>, ChatClassifierOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ModelCallGate>();

        // The rules stay the first opinion: the classifier registered so far is built as before and wrapped.
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IClassifier) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("No IClassifier is registered. Call AddBatchEngine() before AddChatClassifier().");
        services.RemoveAll<IClassifier>();
        services.AddSingleton<IClassifier>(provider => ActivatorUtilities.CreateInstance<ChatClassifier>(provider, Build(provider, inner)));
        return builder;
    }

    private static IClassifier Build(IServiceProvider provider, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: IClassifier instance } => instance,
        { ImplementationFactory: { } factory } => (IClassifier)factory(provider),
        { ImplementationType: { } type } => (IClassifier)ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException("The registered IClassifier cannot be built."),
    };
}
