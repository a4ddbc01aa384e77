using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.CompoundDrugs;
using GuidelineEngine.Rules.Mtus.Opioids;
using GuidelineEngine.Rules.Mtus.TopicalAnalgesics;
using GuidelineEngine.Rules.Mtus.TopicalLidocaine;

namespace GuidelineEngine.Rules.Mtus.Tests.Opioids;

/// <summary>A fentanyl, Duragesic or Butrans patch is an opioid delivered into the blood: the Opioids topic decides it, never a topical one.</summary>
public class TransdermalOpioidTopicTests
{
    private static readonly TopicPolicy[] TopicalTopics = [new TopicalAnalgesicsPolicy(), new TopicalLidocainePolicy(), new CompoundDrugsPolicy()];

    [TestCase("Fentanyl patch 25mcg/hr #10", "patch")]
    [TestCase("Duragesic 50mcg/hr #15", null)]
    [TestCase("Butrans 10mcg/hr patch #4", "patch")]
    [TestCase("Buprenorphine transdermal patch 5mcg/hr #4", "patch")]
    public void A_transdermal_opioid_is_an_opioid_request_and_no_topical_topics(string request, string? form)
    {
        var facts = Facts(request, form);

        Assert.That(new OpioidsPolicy().Covers(facts), Is.True);
        Assert.That(TopicalTopics.Where(t => t.Covers(facts)).Select(t => t.Name), Is.Empty);
    }

    [Test]
    public void A_transdermal_opioid_is_not_topical_and_says_it_is_transdermal()
    {
        var request = Facts("Fentanyl patch 25mcg/hr #10", "patch").Request;

        Assert.That((request.IsTopical, request.IsTransdermalOpioid, request.Form), Is.EqualTo((false, true, "patch")));
    }

    // A compounded cream that holds tramadol acts where it is applied: it stays a topical analgesic.
    [Test]
    public void A_tramadol_cream_stays_a_topical_analgesic()
    {
        var facts = Facts("Tramadol 8% cream 240g", "cream");

        Assert.That((new TopicalAnalgesicsPolicy().Covers(facts), new OpioidsPolicy().Covers(facts)), Is.EqualTo((true, false)));
    }

    private static ItemFacts Facts(string request, string? form)
    {
        var item = new ItemRequest { Number = 1, Heading = request, Request = request, Details = new RequestDetails { IsMedication = true, Form = form } };
        return new ItemFacts { ItemNumber = 1, Request = RequestReader.Read(item, ClinicalVocabulary.Default), Mode = EvaluationMode.Prescreen, Facts = [] };
    }
}
