using BatchEngine.Benchmarks.Harness;

return SuiteRunner.Run(args);
