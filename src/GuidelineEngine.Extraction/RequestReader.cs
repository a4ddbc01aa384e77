using System.Text.RegularExpressions;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;

namespace GuidelineEngine.Extraction;

/// <summary>Reads what a request is into typed values, once, so that rules never match its text.</summary>
public static partial class RequestReader
{
    private static readonly string[] TopicalForms = ["cream", "ointment", "gel", "lotion", "patch", "pad", "spray", "solution"];

    // Therapy after surgery falls under the Postsurgical Treatment Guidelines. The bare word
    // "surgical" is not among these: a surgical consultation comes before any surgery.
    private static readonly string[] PostOperativeWords =
        ["post-op", "postop", "post op", "post-surgical", "postsurgical", "post surgical", "after surgery", "following surgery", "status post"];

    // An associated surgical service that is not pre-operative is given after the surgery (therapy, cold therapy, a sling).
    private const string AssociatedSurgicalService = "associated surgical service";

    private static readonly string[] PreOperativeWords = ["pre-op", "preop", "pre op", "clearance"];

    // A patch of an opioid delivers it into the blood (strengths in mcg/hr): the form says nothing of a topical analgesic.
    private static readonly string[] TransdermalWords = ["patch", "transdermal", "mcg/h"];

    private static readonly string[] InpatientWords = ["inpatient", "rehabilitation unit"];

    private static readonly string[] InUseWords = ["prescribed", "taking", "takes", "taken", "current medication", "medications include", "on the medication", "continue", "refill", "renew", "since", "has been on", "had been on", "using"];

    private static readonly string[] RequestWords = ["request", "authoriz", "denied", "non-certif", "recommended", "modified", "certified"];

    /// <summary>The typed facts of the request itself: what, route and form, body parts, counts.</summary>
    public static RequestFacts Read(ItemRequest item, ClinicalVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var drugs = vocabulary.FindDrugs(item.Request).Select(m => m.Drug!).Distinct().ToList();
        var services = vocabulary.FindServices(item.Request).Select(m => m.Service!).Distinct().ToList();
        var service = drugs.Count == 0 ? services.FirstOrDefault() : null;
        var details = item.Details;
        var form = details.Form
            ?? drugs.Select(d => d.Form).FirstOrDefault(f => f is not null)
            ?? TopicalForms.FirstOrDefault(f => Says(item.Request, f));
        var transdermalOpioid = drugs.Count > 0 && drugs.All(d => d.Class == DrugClass.Opioid)
            && (form == "patch" || TransdermalWords.Any(w => Says(item.Request, w)));
        var topical = !transdermalOpioid
            && ((form is not null && TopicalForms.Contains(form))
                || drugs.Any(d => d.Class is DrugClass.TopicalCompound or DrugClass.TopicalNSAID or DrugClass.TopicalLidocaine)
                || (details.Strength?.Contains('%', StringComparison.Ordinal) ?? false));
        return new RequestFacts
        {
            Name = item.Request,
            Drugs = drugs,
            Service = service,
            Services = services,
            Ingredients = [.. drugs.SelectMany(d => d.Ingredients).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(i => new Ingredient(i, vocabulary.ResolveDrug(i)?.Class, vocabulary.TopicalRatingOf(i)))],
            Form = form,
            IsTopical = topical,
            IsInjection = Says(item.Request, "inject"),
            IsTransdermalOpioid = transdermalOpioid,
            IsPostOperative = IsPostOperative(item.Request),
            IsInpatient = InpatientWords.Any(w => Says(item.Request, w)),
            BodyParts = [.. details.BodyParts.Select(BodyPart.Named)],
            Strength = details.Strength,
            Quantity = details.Quantity,
            Refills = details.Refills,
            Sessions = details.Sessions,
            TimesPerWeek = details.TimesPerWeek,
            DurationWeeks = details.DurationWeeks,
            RangesReadAtUpperBound = details.RangesReadAtUpperBound,
            Authorized = details.Authorized is { } a ? new AuthorizedPart(a.Text, a.Sessions, a.Quantity, a.DurationWeeks, a.OutOf) : null,
        };
    }

    /// <summary>True when the request text says the request follows a surgery; see <see cref="RequestFacts.IsPostOperative"/>.</summary>
    public static bool IsPostOperative(string request) =>
        PostOperativeWords.Any(w => Says(request, w))
        || (Says(request, AssociatedSurgicalService) && !PreOperativeWords.Any(w => Says(request, w)));

    /// <summary>Completes item facts with what is derived from them: whether the drug is continued, and whether the patient returned to work.</summary>
    public static ItemFacts Derive(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts with
        {
            Request = facts.Request with { Use = UseOf(facts) },
            ReturnedToWork = ReturnedToWork(facts),
        };
    }

    /// <summary>
    /// Continued when the text gives a duration; the summary names the drug as prescribed or
    /// taken, or outside the sentences that only request or deny it; earlier UR advised a taper;
    /// pain is scored with medication; or the plan renews, refills or continues the medications
    /// and any list of current medications names the requested drug.
    /// New when a sentence naming the drug says it is being started. Otherwise not stated: a
    /// request alone does not say whether the drug is new.
    /// </summary>
    private static RequestUse UseOf(ItemFacts facts)
    {
        if (facts.Status(FactKind.RequestedDrugDuration) == Polarity.Present)
        {
            return RequestUse.Continued;
        }

        var names = facts.Request.Drugs.Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var mentions = facts.Facts.Where(f => f.Kind == FactKind.Medication && f.Section != SourceSection.ItemHeading
            && f.Value is not null && names.Contains(f.Value)).ToList();
        var named = mentions.Any(f => !Started(f.Sentence) && (InUse(f.Sentence) || !OnlyRequests(f.Sentence)));

        // A taper advised by an earlier UR decision counts whoever states it: it says the drug was being taken.
        if (named
            || facts.Facts.Any(f => f.Kind == FactKind.TaperAdvised && f.Polarity == Polarity.Present)
            || facts.Facts.Any(f => f.Kind is FactKind.Analgesia or FactKind.PainScore && f.Polarity == Polarity.Present
                && Says(f.Sentence, "with medication"))
            || (names.Count > 0 && facts.Status(FactKind.MedicationsContinued) == Polarity.Present && !ListsCurrentMedicationsWithout(facts, names)))
        {
            return RequestUse.Continued;
        }

        return mentions.Any(f => Started(f.Sentence)) ? RequestUse.New : RequestUse.NotStated;
    }

    /// <summary>
    /// True when the summary lists the patient's current medications and the list leaves out every
    /// requested drug: "continue the current medications" then speaks for the drugs listed, not for the one requested.
    /// </summary>
    private static bool ListsCurrentMedicationsWithout(ItemFacts facts, HashSet<string> names)
    {
        var lists = facts.Facts.Where(f => f.Kind == FactKind.Medication && f.Section == SourceSection.Summary && MedicationList().IsMatch(f.Sentence))
            .GroupBy(f => f.Sentence, StringComparer.Ordinal).ToList();
        return lists.Count > 0 && !lists.Any(l => l.Any(f => f.Value is not null && names.Contains(f.Value)));
    }

    /// <summary>The work-status facts that say the patient returned to work or is working, not that they are off work.</summary>
    /// <remarks>A sentence that keeps the patient off work ("remain off work", "TTD") or speaks of a return yet to come says no return.</remarks>
    private static IReadOnlyList<Fact> ReturnedToWork(ItemFacts facts) =>
        [.. facts.Evidence(FactKind.ReturnToWork).Where(f => f.Polarity == Polarity.Present
            && WorkReturned().IsMatch(f.Sentence) && !OffWork().IsMatch(f.Sentence))];

    private static bool InUse(string sentence) => InUseWords.Any(w => Says(sentence, w));

    private static bool Started(string sentence) => StartWords().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:(?:has|had|have) returned|returned) to (?:full |modified |regular |light |part[- ]time |usual |his |her )*(?:work|duty|duties|job)\b|\bback (?:at|to) work\b|\b(?:is|was|are|were|has been|had been|currently|now|still) (?:\w+ )?working\b|\bworking (?:full|modified|regular|light|part)|\bworks (?:full|part)", RegexOptions.IgnoreCase)]
    private static partial Regex WorkReturned();

    [GeneratedRegex(@"\boff (?:of )?work\b|\bremain(?:s|ed)? off\b|\bnot (?:currently |presently )?(?:working|returned|back)\b|\bunable to (?:work|return)\b|\bTTD\b|\btemporar(?:il)?y (?:and )?totally disabled\b|\btotal(?:ly)? (?:and )?temporar(?:il)?y disab|\btemporary total disability\b|\bnot yet\b|\bhas not returned\b|\bwill return\b|\bmay return\b", RegexOptions.IgnoreCase)]
    private static partial Regex OffWork();

    [GeneratedRegex(@"\b(?:start(?:ed|ing|s)?|begin|began|initiat\w+|(?:a |new )?trial of|new(?:ly)? prescri\w+|new prescription|add(?:ed|ing)?|introduc\w+|switch(?:ed)? to|changed? to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartWords();

    [GeneratedRegex(@"\bmedications?\b[^.;]{0,40}?\b(?:include[sd]?|including|consist(?:s|ed)? of|are|were|is|was)\b|\bmedications?:", RegexOptions.IgnoreCase)]
    private static partial Regex MedicationList();

    private static bool OnlyRequests(string sentence) => RequestWords.Any(w => Says(sentence, w));

    private static bool Says(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
