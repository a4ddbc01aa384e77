namespace GuidelineEngine.Text.Tests;

public class ClinicalDatesTests
{
    [TestCase("seen on 07/21/2014 for pain", 2014, 7, 21)]
    [TestCase("injured 2/8/98 at work", 1998, 2, 8)]
    [TestCase("UR dated 11-29-16", 2016, 11, 29)]
    [TestCase("since July 23, 1978", 1978, 7, 23)]
    [TestCase("in January 2013", 2013, 1, 1)]
    public void Dates_are_read_as_letters_write_them(string text, int year, int month, int day) =>
        Assert.That(ClinicalDates.ParseOne(text), Is.EqualTo(new DateOnly(year, month, day)));

    [Test]
    public void An_impossible_date_is_no_date() =>
        Assert.That(ClinicalDates.ParseOne("on 02/30/2016"), Is.Null);

    [Test]
    public void The_latest_date_of_a_text_is_found() =>
        Assert.That(ClinicalDates.Latest("Seen 01/05/2016, then 11/09/2016 and 03/02/2016."), Is.EqualTo(new DateOnly(2016, 11, 9)));

    [TestCase("2016-07-28", true)]
    [TestCase("07/28/2016", false)]
    [TestCase("2016-13-01", false)]
    public void Api_dates_are_exactly_year_month_day(string text, bool valid) =>
        Assert.That(ClinicalDates.TryParseIso(text, out _), Is.EqualTo(valid));
}
