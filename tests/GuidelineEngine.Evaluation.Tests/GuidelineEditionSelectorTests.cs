namespace GuidelineEngine.Evaluation.Tests;

public class GuidelineEditionSelectorTests
{
    [TestCase("2014-09-10", true, ExpectedResult = "request date 2014-09-10, before the CPMTG update of 2016-07-28")]
    [TestCase("2016-07-28", true, ExpectedResult = "request date 2016-07-28, on or after the CPMTG update of 2016-07-28")]
    [TestCase("2018-01-05", true, ExpectedResult = "request date 2018-01-05, on or after the ACOEM-based guidelines of 2017-12-01")]
    [TestCase("2015-03-02", false, ExpectedResult = "no request date; the latest date in the note is 2015-03-02, before the CPMTG update of 2016-07-28")]
    public string Why_names_the_date_that_chose_the_edition_and_where_it_came_from(string date, bool fromRequest) =>
        GuidelineEditionSelector.Why(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), fromRequest);

    [Test]
    public void Without_any_date_why_says_the_2016_editions_apply_by_default() =>
        Assert.That(GuidelineEditionSelector.Why(null, fromRequest: false), Is.EqualTo("no request date and no date in the note: the 2016 editions apply by default"));
}
