using System.Globalization;
using System.Text.RegularExpressions;
using BriefingSite.Bench.Corpus;

// Usage: CorpusGenerator <count> <site-folder> [--repo <repo>] [--hugo <hugo-folder>] [--seed <n>]
// Writes a Briefing Site (site.yml, theme/, input/) with <count> generated briefings and,
// with --hugo, the same briefings as Hugo content. Deterministic: same seed, same files.
if (args.Length < 2 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var count) || count < 2)
{
    Console.Error.WriteLine("usage: CorpusGenerator <count >= 2> <site-folder> [--repo <repo>] [--hugo <hugo-folder>] [--seed <n>]");
    return 2;
}

var site = Path.GetFullPath(args[1]);
var repo = Option("--repo") ?? FindRepo();
var hugo = Option("--hugo");
var seed = int.Parse(Option("--seed") ?? "20261123", CultureInfo.InvariantCulture);

var siteYml = File.ReadAllText(Path.Combine(repo, "site.yml"));
var topics = Regex.Matches(siteYml, @"^\s*-\s*id:\s*(\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
var vocabulary = Vocabulary.FromSeeds(Path.Combine(repo, "seeds"));

if (Directory.Exists(site))
{
    Directory.Delete(site, recursive: true);
}

File.WriteAllText(Path.Combine(Directory.CreateDirectory(site).FullName, "site.yml"), siteYml);
CopyFolder(Path.Combine(repo, "theme"), Path.Combine(site, "theme"));
foreach (var language in new[] { "ar", "en" })
{
    Directory.CreateDirectory(Path.Combine(site, "input", language, "briefings"));
    var about = Path.Combine(repo, "input", language, "about.md");
    if (File.Exists(about))
    {
        File.Copy(about, Path.Combine(site, "input", language, "about.md"));
    }

    if (hugo is not null)
    {
        Directory.CreateDirectory(Path.Combine(hugo, "content", language, "briefings"));
    }
}

var written = 0;
foreach (var briefing in new BriefingFactory(vocabulary, topics, seed).Make(count))
{
    InputWriter.Write(site, briefing);
    if (hugo is not null)
    {
        HugoWriter.Write(hugo, briefing);
    }

    written++;
}

Console.WriteLine($"{written} briefings ({vocabulary.Arabic.Count} Arabic and {vocabulary.Latin.Count} English words from the seeds) in {site}");
return 0;

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static string FindRepo()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BriefingSite.slnx")))
            {
                return folder.FullName;
            }
        }
    }

    throw new InvalidOperationException("repository not found; pass --repo");
}

static void CopyFolder(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}
