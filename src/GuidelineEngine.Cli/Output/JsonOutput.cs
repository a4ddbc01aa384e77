using GuidelineEngine.Application.Contract;
using Newtonsoft.Json;

namespace GuidelineEngine.Cli.Output;

/// <summary>The product's JSON style, indented for the command line.</summary>
internal static class JsonOutput
{
    public static JsonSerializerSettings Settings { get; } = new(EvaluationJson.Settings) { Formatting = Formatting.Indented };

    public static void Write(TextWriter writer, object value)
    {
        var serializer = JsonSerializer.Create(Settings);
        using var json = new JsonTextWriter(writer) { CloseOutput = false };
        serializer.Serialize(json, value);
        json.Flush();
        writer.WriteLine();
    }
}
