using GuidelineEngine.Evaluation;
using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading.Parsing;

namespace GuidelineEngine.Application.UseCases;

/// <summary>Pre-screens a clinical note: what the MTUS says of each requested item, from the note alone.</summary>
public sealed class Prescreener(FactExtractor extractor, GuidelineEvaluator evaluator)
{
    /// <summary>Evaluates each requested item of the note in prescreen mode.</summary>
    /// <exception cref="ArgumentException">The note has problems (<see cref="PrescreenNote.Problems"/>).</exception>
    public IReadOnlyList<EvaluatedItem> Prescreen(PrescreenNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems.Select(p => $"{p.Field} {p.Message}")), nameof(note));
        }

        var record = new CaseRecord { ClinicalSummary = note.ClinicalText, RequestDate = note.RequestDate, PatientAge = note.PatientAge, PatientSex = note.PatientSex };
        var items = note.Items.Select((text, i) => new ItemRequest
        {
            Number = i + 1,
            Heading = text.Trim(),
            Request = text.Trim(),
            Details = StructuredDetails.Over(RequestDetailsParser.Parse(text.Trim()), note.StructuredDetails.ElementAtOrDefault(i), text.Trim()),
        }).ToList();
        return [.. evaluator.EvaluateRequest(extractor.ExtractAll(record, items, EvaluationMode.Prescreen))
            .Select(evaluation => new EvaluatedItem(evaluation.Facts.Request.Name, null, evaluation))];
    }
}
