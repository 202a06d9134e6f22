using System.Text;

namespace BriefingSite.Import;

/// <summary>The writing system a letter belongs to, coarsely: enough to see a Han character inside an Arabic word.</summary>
public static class ScriptOf
{
    public static string Letter(Rune rune) => rune.Value switch
    {
        >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF => "Arabic",
        >= 0x0041 and <= 0x024F or >= 0x1E00 and <= 0x1EFF => "Latin",
        >= 0x0370 and <= 0x03FF or >= 0x1F00 and <= 0x1FFF => "Greek",
        >= 0x0400 and <= 0x052F => "Cyrillic",
        >= 0x0590 and <= 0x05FF => "Hebrew",
        >= 0x2E80 and <= 0x2FDF or >= 0x3000 and <= 0x30FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF => "Han",
        >= 0xAC00 and <= 0xD7AF => "Hangul",
        _ => "other",
    };
}
