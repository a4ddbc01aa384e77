using System.Reflection;
using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Architecture.Tests;

/// <summary>Prescreen is leak-free by construction: rule code cannot reach a recorded outcome or a rationale.</summary>
public class RuleIsolationTests
{
    private static readonly Type[] Answers = [typeof(Outcome), typeof(DisputedItem), typeof(Letter), typeof(GuidelineBasis), typeof(ItemRequest)];

    [Test]
    public void The_rules_assembly_references_neither_the_letter_model_nor_the_reader_nor_anything_above_the_evaluator()
    {
        var referenced = MtusRules.Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.That(referenced, Does.Contain("GuidelineEngine.RuleModel"), "the check reads real references");
        Assert.That(referenced, Has.None.AnyOf("GuidelineEngine.Model", "GuidelineEngine.Reading", "GuidelineEngine.Evaluation", "GuidelineEngine.Reporting", "GuidelineEngine.Application"));
    }

    [Test]
    public void No_type_a_rule_can_reach_from_its_facts_holds_a_recorded_outcome_or_a_rationale()
    {
        var reachable = Reachable(typeof(ItemFacts), typeof(CriterionRule), typeof(CriterionResult));

        Assert.That(reachable, Does.Contain(typeof(Fact)), "the walk follows properties and collections");
        Assert.That(reachable.Intersect(Answers), Is.Empty);
        Assert.That(reachable.SelectMany(t => t.GetProperties()).Select(p => p.Name), Has.None.AnyOf("Outcome", "Rationale", "Recorded"));
    }

    [Test]
    public void A_letter_item_read_for_prescreen_carries_no_rationale()
    {
        var letter = new Reading.LetterReader().Read(TestPaths.Seed("000")).Letter!;

        Assert.That(letter.Items[0].Rationale, Is.Not.Empty);
        Assert.That(ItemRequest.From(letter.Items[0], EvaluationMode.Prescreen).Rationale, Is.Null);
        Assert.That(ItemRequest.From(letter.Items[0], EvaluationMode.Audit).Rationale, Is.EqualTo(letter.Items[0].Rationale));
    }

    [Test]
    public void The_heading_the_facts_read_does_not_carry_the_recorded_outcome()
    {
        var letter = new Reading.LetterReader().Read(TestPaths.Seed("000")).Letter!;

        Assert.That(letter.Items[0].Heading, Does.EndWith(": Upheld"), "the letter's heading as written holds the outcome");
        Assert.That(ItemRequest.From(letter.Items[0], EvaluationMode.Prescreen).Heading, Is.EqualTo(letter.Items[0].Request));
    }

    // Types reachable through public properties, fields, method signatures and generic arguments, within the product's assemblies.
    private static HashSet<Type> Reachable(params Type[] roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(roots);
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Enqueue(argument);
                }
            }

            if (type.IsArray || type.IsByRef || type.IsPointer)
            {
                pending.Enqueue(type.GetElementType()!);
                continue;
            }

            if (type.Assembly.GetName().Name?.StartsWith("GuidelineEngine", StringComparison.Ordinal) != true || !seen.Add(type))
            {
                continue;
            }

            const BindingFlags Visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
            foreach (var member in type.GetMembers(Visible).Where(m => m is not MethodBase { IsPrivate: true } and not FieldInfo { IsPrivate: true } and not PropertyInfo { GetMethod.IsPrivate: true }))
            {
                var types = member switch
                {
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType)],
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType).ToArray(),
                    Type nested => [nested],
                    _ => Array.Empty<Type>(),
                };
                foreach (var next in types)
                {
                    pending.Enqueue(next);
                }
            }

            if (type.BaseType is { } baseType)
            {
                pending.Enqueue(baseType);
            }
        }

        return seen;
    }
}
