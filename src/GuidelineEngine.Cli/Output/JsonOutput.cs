using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace GuidelineEngine.Cli.Output;

/// <summary>The one JSON style the product writes: camelCase names, enums as strings, indented.</summary>
internal static class JsonOutput
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        // Property names in camelCase; dictionary keys (outcomes, topics, rule ids) as they are.
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        Converters = { new StringEnumConverter() },
        Formatting = Formatting.Indented,
        DateFormatString = "yyyy-MM-dd",
    };

    public static void Write(TextWriter writer, object value)
    {
        var serializer = JsonSerializer.Create(Settings);
        using var json = new JsonTextWriter(writer) { CloseOutput = false };
        serializer.Serialize(json, value);
        json.Flush();
        writer.WriteLine();
    }
}
