// The end-to-end tests start real servers and measure memory: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
