using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BatchEngine.Benchmarks.Harness;

/// <summary>Units per second (documents/s, MB/s, pages/s) from the mean time of one operation.</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "Throughput";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Units processed per second (one operation's units divided by its mean time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var units = UnitsOfWork.Find(benchmarkCase);
        if (meanNanoseconds is not > 0 || units is null)
        {
            return "-";
        }

        var perSecond = units.Value.Amount * 1e9 / meanNanoseconds.Value;
        var format = perSecond >= 100 ? "N0" : "N2";
        return $"{perSecond.ToString(format, CultureInfo.InvariantCulture)} {units.Value.Unit}/s";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
