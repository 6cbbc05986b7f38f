namespace BatchEngine.Benchmarks.Harness;

/// <summary>
/// Names what one benchmark operation processes (one document, one megabyte...) so the throughput
/// column can print units per second. Classes whose amount is only known once their input is loaded
/// publish it from their setup instead (see <see cref="UnitsOfWork"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class UnitOfWorkAttribute(string unit) : Attribute
{
    public string Unit { get; } = unit;
}
