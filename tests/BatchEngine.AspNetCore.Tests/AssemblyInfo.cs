// One host at a time: the machines have two cores, and hosts stopping side by side made the engine's stop race worse.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
