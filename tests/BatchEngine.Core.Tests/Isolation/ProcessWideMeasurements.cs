namespace BatchEngine.Tests.Isolation;

/// <summary>
/// Tests that measure the whole test process (heap, open handles) run alone, after the parallel ones:
/// another class's pool would otherwise show up in their figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMeasurements
{
    public const string Name = "process-wide measurements";
}
