using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace BatchEngine.Benchmarks.Harness;

/// <summary>
/// How much one operation processes, handed from the benchmark process (which loads the input) to the
/// host process (which prints the summary) through a small file per benchmark case. Without it a
/// corpus benchmark could only print time per pass, not pages or megabytes per second.
/// </summary>
internal static class UnitsOfWork
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "BatchEngine.Benchmarks", "units");

    /// <summary>Called by a benchmark's setup: one operation of <paramref name="benchmark"/> processes <paramref name="amount"/> units.</summary>
    public static void Publish(object benchmark, string unit, double amount)
    {
        Directory.CreateDirectory(Folder);
        var text = string.Create(CultureInfo.InvariantCulture, $"{unit}\n{amount:R}");
        File.WriteAllText(Path.Combine(Folder, KeyOf(benchmark)), text);
    }

    /// <summary>Called by the host before a run, so a case that failed cannot show an old figure.</summary>
    public static void ClearPublished()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>Units per operation of a case: published by its setup, else one unit as its class's attribute names it.</summary>
    public static (string Unit, double Amount)? Find(BenchmarkCase benchmarkCase)
    {
        var path = Path.Combine(Folder, KeyOf(benchmarkCase));
        if (File.Exists(path))
        {
            var lines = File.ReadAllLines(path);
            return (lines[0], double.Parse(lines[1], CultureInfo.InvariantCulture));
        }

        var attribute = benchmarkCase.Descriptor.Type.GetCustomAttribute<UnitOfWorkAttribute>();
        return attribute is null ? null : (attribute.Unit, 1);
    }

    private static string KeyOf(object benchmark)
    {
        // BenchmarkDotNet runs a generated subclass of the benchmark: key by the class written here.
        var type = benchmark.GetType();
        while (type.Assembly != typeof(UnitsOfWork).Assembly && type.BaseType is not null)
        {
            type = type.BaseType;
        }

        var parameters = type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.IsDefined(typeof(ParamsAttribute)) || p.IsDefined(typeof(ParamsSourceAttribute)) || p.IsDefined(typeof(ParamsAllValuesAttribute)))
            .Select(p => (p.Name, Value: Convert.ToString(p.GetValue(benchmark), CultureInfo.InvariantCulture)));
        return Key(type, parameters);
    }

    private static string KeyOf(BenchmarkCase benchmarkCase) => Key(
        benchmarkCase.Descriptor.Type,
        benchmarkCase.Parameters.Items.Where(p => !p.IsArgument).Select(p => (p.Name, Value: Convert.ToString(p.Value, CultureInfo.InvariantCulture))));

    private static string Key(Type type, IEnumerable<(string Name, string? Value)> parameters)
    {
        var suffix = string.Concat(parameters.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"_{p.Name}-{p.Value}"));
        var key = type.Name + suffix;
        return string.Concat(key.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '~'));
    }
}
