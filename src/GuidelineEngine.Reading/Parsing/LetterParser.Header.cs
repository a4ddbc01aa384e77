using System.Globalization;
using System.Text.RegularExpressions;
using GuidelineEngine.Model;
using GuidelineEngine.Text;
using GuidelineEngine.Reading.Text;

namespace GuidelineEngine.Reading.Parsing;

internal static partial class LetterParser
{
    private static LetterHeader ReadHeader(List<TextLine> lines)
    {
        // The header is two columns wide, so fields are found by label anywhere in the block.
        var text = string.Join('\n', lines.Select(l => l.Text));
        return new LetterHeader
        {
            CaseNumber = Match(CaseNumberField(), text),
            DateAssigned = DateOf(Match(DateAssignedField(), text)),
            DateOfInjury = DateOf(Match(DateOfInjuryField(), text)),
            DecisionDate = DateOf(Match(DecisionDateField(), text)),
            UrDenialDate = DateOf(Match(UrDenialDateField(), text)),
            Priority = Match(PriorityField(), text),
            ApplicationReceived = DateOf(Match(ApplicationReceivedField(), text)),
        };
    }

    private static Reviewer ReadReviewer(List<TextLine> preamble)
    {
        var text = Fold(preamble);
        var specialty = Match(SpecialtyField(), text) ?? Match(BoardCertifiedIn(), text);
        var licensure = Match(LicensureField(), text) ?? Match(LicensedIn(), text);
        return new Reviewer(specialty?.Trim(), licensure?.Trim());
    }

    private static Patient ReadPatient(string summary)
    {
        var age = Match(AgeInYears(), summary);
        var sex = Match(SexWord(), summary);
        Sex? parsedSex = sex?.ToUpperInvariant() switch
        {
            "FEMALE" or "WOMAN" or "LADY" => Sex.Female,
            "MALE" or "MAN" or "GENTLEMAN" => Sex.Male,
            _ => null,
        };
        return new Patient(age is null ? null : int.Parse(age, CultureInfo.InvariantCulture), parsedSex);
    }

    private static string? Match(Regex regex, string text)
    {
        var match = regex.Match(text);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    private static DateOnly? DateOf(string? text) => text is null ? null : ClinicalDates.ParseOne(text);

    private const string Date = @"(\d{1,2}/\d{1,2}/\d{4})";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"Case Number:\s*(\S+)", Options)]
    private static partial Regex CaseNumberField();

    [GeneratedRegex(@"Date Assigned:\s*" + Date, Options)]
    private static partial Regex DateAssignedField();

    [GeneratedRegex(@"Date of Injury:\s*" + Date, Options)]
    private static partial Regex DateOfInjuryField();

    [GeneratedRegex(@"Decision Date:\s*" + Date, Options)]
    private static partial Regex DecisionDateField();

    [GeneratedRegex(@"UR Denial Date:\s*" + Date, Options)]
    private static partial Regex UrDenialDateField();

    [GeneratedRegex(@"Priority:\s*([A-Za-z]+)", Options)]
    private static partial Regex PriorityField();

    // The label wraps in the two-column header: "Application   11/29/2016" then "Received:" below.
    [GeneratedRegex(@"Application\s+(?:Received:\s*)?" + Date, Options)]
    private static partial Regex ApplicationReceivedField();

    [GeneratedRegex(@"Certification\(s\)/Specialty:\s*(.+?)(?=\s+CLINICAL CASE SUMMARY|$)", Options)]
    private static partial Regex SpecialtyField();

    [GeneratedRegex(@"Board Certified in (.+?)(?:,? and is licensed|\.)", Options)]
    private static partial Regex BoardCertifiedIn();

    [GeneratedRegex(@"State\(s\) of Licensure:\s*(.+?)(?=\s+Certification\(s\)|\s+CLINICAL CASE SUMMARY|$)", Options)]
    private static partial Regex LicensureField();

    [GeneratedRegex(@"licensed to practice in ([A-Z][A-Za-z ,]+?)\.")]
    private static partial Regex LicensedIn();

    [GeneratedRegex(@"\b(\d{1,3})[\s-]+years?[\s-]+old\b", Options)]
    private static partial Regex AgeInYears();

    [GeneratedRegex(@"\b(female|male|woman|man|gentleman|lady)\b", Options)]
    private static partial Regex SexWord();
}
