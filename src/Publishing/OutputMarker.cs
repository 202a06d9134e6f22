namespace BriefingSite.Publishing;

/// <summary>
/// The small file every build writes into its output (and staging) folder. A build replaces or
/// deletes only folders that carry it, so a mistyped --output never wipes a folder it did not write.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".briefing-output";

    private const string Text =
        "Written by briefing build. This folder is a generated site: every build replaces it whole.\n"
        + "The build only replaces or deletes folders that hold this file; do not copy it elsewhere.\n";

    public static void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));
}
