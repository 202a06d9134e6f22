namespace BriefingSite.Rendering;

/// <summary>A language switcher link: to the same page in that language when <see cref="Exact"/>, else to a note.</summary>
public sealed record SwitchLink(string Label, string Url, string Lang, string Dir, bool Exact);
