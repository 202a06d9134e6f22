namespace BriefingSite.Publishing.Search;

/// <summary>One normalised term and the numbers of the documents holding it, ascending.</summary>
public sealed record SearchPosting(string Term, int[] Holders);
