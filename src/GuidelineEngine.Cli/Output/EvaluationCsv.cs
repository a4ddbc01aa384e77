using System.Globalization;
using CsvHelper;
using GuidelineEngine.Reporting;

namespace GuidelineEngine.Cli.Output;

/// <summary>One CSV row per item, the JSON fields flattened.</summary>
internal sealed class EvaluationCsv(TextWriter writer) : IDisposable
{
    private readonly CsvWriter csv = CsvWriter.Create(writer, null, true);
    private bool headerWritten;

    public void Write(LetterRow letter)
    {
        if (!headerWritten)
        {
            foreach (var name in new[] { "file", "caseNumber", "error", "item", "topic", "actual", "predicted", "agrees", "edition", "criteria", "missingDocumentation" })
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            headerWritten = true;
        }

        if (letter.Error is not null)
        {
            WriteRow(letter, null);
        }

        foreach (var item in letter.Items)
        {
            WriteRow(letter, item);
        }

        csv.Flush();
    }

    private void WriteRow(LetterRow letter, ItemRow? item)
    {
        csv.WriteField(letter.File);
        csv.WriteField(letter.CaseNumber);
        csv.WriteField(letter.Error);
        csv.WriteField(item?.Item);
        csv.WriteField(item?.Topic?.ToString());
        csv.WriteField(item?.Actual.ToString());
        csv.WriteField(item?.Predicted.ToString());
        csv.WriteField(item?.Agrees?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        csv.WriteField(item?.Edition);
        csv.WriteField(item is null ? null : string.Join("; ", item.Criteria.Select(c => $"{c.Rule}={c.Status}")));
        csv.WriteField(item is null ? null : string.Join("; ", item.MissingDocumentation));
        csv.EndRecord();
    }

    public void Dispose() => csv.Dispose();
}
