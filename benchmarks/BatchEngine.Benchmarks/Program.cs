using BatchEngine.Benchmarks.Detection;
using BatchEngine.Benchmarks.Harness;

return args switch
{
    [SignalDump.Flag, var path] => SignalDump.Run(path),
    [DetectorTiming.Flag, var passes] => DetectorTiming.Run(int.Parse(passes, System.Globalization.CultureInfo.InvariantCulture)),
    _ => SuiteRunner.Run(args),
};
