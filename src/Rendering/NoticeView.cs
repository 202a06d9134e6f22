namespace BriefingSite.Rendering;

/// <summary>A short message in one language (the 404 page repeats its message in every language).</summary>
public sealed record NoticeView(string Lang, string Dir, string Title, string Text, LinkView Home);
