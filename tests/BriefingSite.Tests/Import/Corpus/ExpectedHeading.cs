namespace BriefingSite.Tests.Import.Corpus;

/// <summary>A heading a reader expects in the body; level 1 is a top-level section (<c>##</c> in the output).</summary>
public sealed record ExpectedHeading(int Level, string Text);
