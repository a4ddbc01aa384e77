using System.Globalization;
using CsvHelper;
using GuidelineEngine.Evaluation;

namespace GuidelineEngine.Application.Contract;

/// <summary>One CSV row per item, the JSON fields flattened.</summary>
public sealed class EvaluationCsv(TextWriter writer) : IDisposable
{
    private readonly CsvWriter csv = CsvWriter.Create(writer, null, true);
    private bool headerWritten;

    /// <summary>Writes one letter's rows (one row for a letter that failed), after the header the first time.</summary>
    public void Write(LetterEvaluation letter)
    {
        if (!headerWritten)
        {
            foreach (var name in new[] { "file", "caseNumber", "error", "item", "topic", "actual", "predicted", "agrees", "edition", "criteria", "missingDocumentation", "basis", "notCoveredReason", "warnings" })
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

    private void WriteRow(LetterEvaluation letter, EvaluatedItem? item)
    {
        csv.WriteField(letter.File);
        csv.WriteField(letter.CaseNumber);
        csv.WriteField(letter.Error);
        csv.WriteField(item?.Item);
        csv.WriteField(item?.Evaluation.Topic);
        csv.WriteField(item?.Recorded?.ToString());
        csv.WriteField(item?.Evaluation.Predicted.ToString());
        csv.WriteField(item?.Agrees?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        csv.WriteField(item?.Evaluation.EditionName);
        csv.WriteField(item is null ? null : string.Join("; ", item.Evaluation.Criteria.Select(c => $"{c.Rule.Id}={c.Result.Status}")));
        csv.WriteField(item is null ? null : string.Join("; ", item.Evaluation.MissingDocumentation));
        csv.WriteField(item?.Evaluation.Source switch { GuidelineSource.Mtus => "MTUS", GuidelineSource.NonMtus => "NonMTUS", _ => null });
        csv.WriteField(item?.Evaluation.NotCoveredReason);
        csv.WriteField(string.Join("; ", letter.Warnings));
        csv.EndRecord();
    }

    /// <inheritdoc/>
    public void Dispose() => csv.Dispose();
}
