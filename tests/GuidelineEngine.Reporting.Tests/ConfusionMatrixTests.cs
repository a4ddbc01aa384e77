using GuidelineEngine.Model;

namespace GuidelineEngine.Reporting.Tests;

public class ConfusionMatrixTests
{
    private static ConfusionMatrix Matrix(int upheldUpheld, int upheldOverturned, int overturnedUpheld, int overturnedOverturned)
    {
        var matrix = new ConfusionMatrix();
        void Add(int count, Outcome predicted, Outcome actual)
        {
            for (var i = 0; i < count; i++)
            {
                matrix.Add(predicted, actual);
            }
        }

        Add(upheldUpheld, Outcome.Upheld, Outcome.Upheld);
        Add(upheldOverturned, Outcome.Upheld, Outcome.Overturned);
        Add(overturnedUpheld, Outcome.Overturned, Outcome.Upheld);
        Add(overturnedOverturned, Outcome.Overturned, Outcome.Overturned);
        return matrix;
    }

    [Test]
    public void Kappa_matches_a_worked_example()
    {
        // 20 agree Upheld, 15 agree Overturned, 5 + 10 disagree: po = 0.7, pe = 0.5 * 0.5 + 0.5 * 0.5 = 0.5, kappa = 0.4.
        var matrix = Matrix(20, 5, 10, 15);

        Assert.That(matrix.Agreement, Is.EqualTo(0.7).Within(1e-9));
        Assert.That(matrix.Kappa, Is.EqualTo(0.4).Within(1e-9));
        Assert.That(matrix.BaselineAgreement, Is.EqualTo(0.6).Within(1e-9));
        Assert.That(matrix.OverturnRecall, Is.EqualTo(0.75).Within(1e-9));
        Assert.That(matrix.PrevalenceAdjustedKappa, Is.EqualTo(0.4).Within(1e-9));
    }

    [Test]
    public void Always_predicting_upheld_scores_the_baseline_and_zero_kappa()
    {
        var matrix = Matrix(90, 10, 0, 0);

        Assert.That(matrix.Agreement, Is.EqualTo(0.9).Within(1e-9));
        Assert.That(matrix.BaselineAgreement, Is.EqualTo(0.9).Within(1e-9));
        Assert.That(matrix.Kappa, Is.EqualTo(0).Within(1e-9));
    }

    [Test]
    public void Kappa_is_undefined_when_prediction_and_record_each_use_one_outcome() =>
        Assert.That(Matrix(14, 0, 0, 0).Kappa, Is.Null);

    [Test]
    public void An_empty_matrix_has_no_figures() =>
        Assert.That((Matrix(0, 0, 0, 0).Agreement, Matrix(0, 0, 0, 0).Kappa), Is.EqualTo(((double?)null, (double?)null)));
}
