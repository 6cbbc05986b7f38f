using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BatchEngine.AspNetCore.Serialization;

/// <summary>
/// Writes a percentage with one decimal (<c>100.0</c>, <c>66.7</c>), as the HTTP contract (docs/http.md) shows it; a plain
/// double would be written <c>100</c>, which some clients read as an integer.
/// </summary>
internal sealed class PercentJsonConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        var rounded = Math.Round(double.IsFinite(value) ? value : 0.0, 1, MidpointRounding.AwayFromZero);
        writer.WriteRawValue(rounded.ToString("0.0", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
