using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests;

public class LetterPathsTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "guideline-paths-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string Letter(string relative)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(TestPaths.Seed("003"), path);
        return path;
    }

    [Test]
    public void An_unreadable_subfolder_is_that_folders_error_and_the_batch_goes_on()
    {
        Letter("a/one.txt");
        var locked = Path.Combine(folder, "b");
        Directory.CreateDirectory(locked);
        Letter("c/two.txt");
        var paths = new LetterPaths(dir => dir == locked
            ? throw new UnauthorizedAccessException($"Access to the path '{dir}' is denied.")
            : new DirectoryInfo(dir).GetFileSystemInfos());

        var found = paths.Expand([folder]).ToList();

        Assert.That(found.Select(f => (Path.GetRelativePath(folder, f.Path), f.Problem is null)), Is.EqualTo(new[]
        {
            (Path.Combine("a", "one.txt"), true), ("b", false), (Path.Combine("c", "two.txt"), true),
        }));
        Assert.That(found[1].Problem, Does.StartWith("is a folder that cannot be read"));
    }

    [Test]
    public void Reading_a_batch_with_an_unreadable_subfolder_reports_it_and_reads_the_rest()
    {
        Letter("a/one.txt");
        var locked = Path.Combine(folder, "b");
        Directory.CreateDirectory(locked);
        var paths = new LetterPaths(dir => dir == locked
            ? throw new UnauthorizedAccessException("denied")
            : new DirectoryInfo(dir).GetFileSystemInfos());

        var results = paths.Expand([folder]).Select(new LetterReader().Read).ToList();

        Assert.That(results.Select(r => (Path.GetFileName(r.File), r.Succeeded)), Is.EqualTo(new[] { ("one.txt", true), ("b", false) }));
        Assert.That(results[1].Error!.ToString(), Does.StartWith($"{locked}: is a folder that cannot be read"));
    }

    [Test]
    public void A_symbolic_link_loop_is_reported_once_and_each_letter_read_once()
    {
        Letter("sub/one.txt");
        Letter("two.txt");
        var loop = Path.Combine(folder, "sub", "back");
        Directory.CreateSymbolicLink(loop, folder);

        var found = LetterPaths.Default.Expand([folder]).ToList();

        Assert.That(found.Where(f => f.Problem is null).Select(f => Path.GetFileName(f.Path)), Is.EquivalentTo(new[] { "one.txt", "two.txt" }));
        Assert.That(found.Where(f => f.Problem is not null).Select(f => f.Path), Is.EqualTo(new[] { loop }));
        Assert.That(found.Single(f => f.Problem is not null).Problem, Does.Contain("loop"));
    }

    [Test]
    public void A_letter_reached_by_a_folder_link_and_directly_is_read_once()
    {
        Letter("real/one.txt");
        Directory.CreateSymbolicLink(Path.Combine(folder, "alias"), Path.Combine(folder, "real"));

        var found = LetterPaths.Default.Expand([folder]).ToList();

        Assert.That(found.Select(f => (Path.GetFileName(f.Path), f.Problem)), Is.EqualTo(new[] { ("one.txt", (string?)null) }));
    }

    [Test]
    public void Letters_are_listed_in_ordinal_path_order_across_folders()
    {
        Letter("b/x.txt");
        Letter("a.txt");
        Letter("a/z.pdf");
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not a letter");

        var found = LetterPaths.Default.Expand([folder]).Select(f => Path.GetRelativePath(folder, f.Path)).ToList();

        Assert.That(found, Is.EqualTo(new[] { "a.txt", Path.Combine("a", "z.pdf"), Path.Combine("b", "x.txt") }));
    }

    [Test]
    public void A_path_that_does_not_exist_is_kept_with_that_problem_before_any_reading()
    {
        var missing = Path.Combine(folder, "missing.txt");

        Assert.That(LetterPaths.Default.Expand([missing]).Single(), Is.EqualTo(new LetterPath(missing, "does not exist")));
    }

    [Test]
    public void A_folder_without_letters_is_said_to_have_none()
    {
        var empty = Path.Combine(folder, "empty");
        Directory.CreateDirectory(Path.Combine(empty, "sub"));
        File.WriteAllText(Path.Combine(empty, "notes.md"), "not a letter");

        var found = LetterPaths.Default.Expand([empty]).Single();

        Assert.That(found.Problem, Does.StartWith("is a folder with no .txt or .pdf letter in it or its subfolders"));
    }

    [Test]
    public void A_folder_named_like_a_letter_file_is_said_to_be_a_folder()
    {
        var named = Path.Combine(folder, "x.txt");
        Directory.CreateDirectory(named);

        Assert.That(LetterPaths.Default.Expand([named]).Single().Problem, Does.Contain("it is named like a letter file, but it is a folder"));
    }

    [Test]
    public void A_folder_given_twice_is_searched_once_and_not_called_empty_the_second_time()
    {
        Letter("one.txt");

        var found = LetterPaths.Default.Expand([folder, folder]).ToList();

        Assert.That(found.Select(f => (Path.GetFileName(f.Path), f.Problem)), Is.EqualTo(new[] { ("one.txt", (string?)null) }));
    }
}
