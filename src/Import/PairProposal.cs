namespace BriefingSite.Import;

/// <summary>
/// Two seeds that look like translations of each other. The importer never pairs them itself:
/// giving both the proposed <see cref="TranslationKey"/> in <c>seeds/seeds.yml</c> confirms it.
/// </summary>
/// <param name="Seed">The other seed's file.</param>
/// <param name="Evidence">What agrees, one fact a line ("same date 2019-11-04").</param>
public sealed record PairProposal(string Seed, string TranslationKey, IReadOnlyList<string> Evidence);
