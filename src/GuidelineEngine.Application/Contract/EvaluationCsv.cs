using System.Globalization;
using CsvHelper;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Evaluation.Consistency;

namespace GuidelineEngine.Application.Contract;

/// <summary>
/// One CSV row per item, the JSON fields flattened; with <paramref name="withConsistency"/> (audit
/// mode) two more columns, <c>consistency</c> (the class) and <c>consistencyFindings</c>; then the
/// letter's <c>warnings</c> (on its first row), and in the last column the physician disclaimer on every row, which CSV
/// readers keep with the row.
/// </summary>
public sealed class EvaluationCsv(TextWriter writer, bool withConsistency = false) : IDisposable
{
    // Cells carry letter text (file names, items, errors, warnings): one starting = + - @ would run as a
    // formula in a spreadsheet, so it is escaped with a leading ' and quoted, as OWASP advises.
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    private readonly CsvWriter csv = CsvWriter.Create(writer, Options, true);
    private bool headerWritten;

    /// <summary>Writes one letter's rows (one row for a letter that failed), after the header the first time.</summary>
    public void Write(LetterEvaluation letter)
    {
        if (!headerWritten)
        {
            foreach (var name in new[] { "file", "caseNumber", "error", "item", "topic", "actual", "predicted", "agrees", "edition", "criteria", "missingDocumentation", "basis", "notCoveredReason" })
            {
                csv.WriteField(name);
            }

            if (withConsistency)
            {
                csv.WriteField("consistency");
                csv.WriteField("consistencyFindings");
            }

            csv.WriteField("warnings");
            csv.WriteField("disclaimer");
            csv.EndRecord();
            headerWritten = true;
        }

        if (letter.Error is not null)
        {
            WriteRow(letter, null, withWarnings: true);
        }

        // The letter's warnings go on its first row only: repeated on every item they made the CSV grow
        // with the square of a hostile letter's size.
        for (var i = 0; i < letter.Items.Count; i++)
        {
            WriteRow(letter, letter.Items[i], withWarnings: i == 0 && letter.Error is null);
        }

        csv.Flush();
    }

    private void WriteRow(LetterEvaluation letter, EvaluatedItem? item, bool withWarnings)
    {
        csv.WriteField(letter.File);
        csv.WriteField(letter.CaseNumber);
        csv.WriteField(letter.Error);
        csv.WriteField(item?.Item);
        csv.WriteField(item?.Evaluation.Topic);
        csv.WriteField(item?.Recorded?.ToString());
        csv.WriteField(item?.Evaluation.Predicted.ToString());
        // true/false as JSON writes them, not .NET's True/False.
        csv.WriteField(item?.Agrees switch { true => "true", false => "false", null => string.Empty });
        csv.WriteField(item?.Evaluation.EditionName);
        csv.WriteField(item is null ? null : string.Join("; ", item.Evaluation.Criteria.Select(c => $"{c.Rule.Id}={c.Result.Status}")));
        csv.WriteField(item is null ? null : string.Join("; ", item.Evaluation.MissingDocumentation));
        csv.WriteField(item?.Evaluation.Source switch { GuidelineSource.Mtus => "MTUS", GuidelineSource.NonMtus => "NonMTUS", _ => null });
        csv.WriteField(item?.Evaluation.NotCoveredReason);
        if (withConsistency)
        {
            csv.WriteField(item?.Consistency?.Class.ToString());
            csv.WriteField(item?.Consistency is { } consistency ? string.Join(" | ", consistency.Findings.Select(Finding)) : null);
        }

        csv.WriteField(withWarnings ? string.Join("; ", letter.Warnings) : null);
        csv.WriteField(PhysicianDisclaimer.Text);
        csv.EndRecord();
    }

    private static string Finding(ConsistencyFinding finding) =>
        finding.Class + ": " + finding.Message
        + (finding.RationaleSentence is { } rationale ? $" Rationale: \"{rationale}\"" : string.Empty)
        + (finding.RecordSentence is { } record ? $" Record: \"{record}\"" : string.Empty);

    /// <inheritdoc/>
    public void Dispose() => csv.Dispose();
}
