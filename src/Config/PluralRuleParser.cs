using System.Globalization;

namespace BriefingSite.Config;

/// <summary>
/// Reads one CLDR plural condition (<c>v = 0 and i % 10 = 2..4 and i % 100 != 12..14</c>) into a
/// test on whole numbers. Operands follow CLDR (UTS #35, Language Plural Rules): for a whole
/// number n, i is n and the fraction operands v, w, f, t and the exponents c, e are 0.
/// </summary>
public static class PluralRuleParser
{
    public static Func<long, bool> Parse(string condition)
    {
        var alternatives = Split(condition, "or")
            .Select(and => Split(and, "and").Select(Relation).ToList())
            .ToList();
        return n => alternatives.Any(all => all.All(relation => relation(n)));
    }

    private static string[] Split(string text, string word) =>
        text.Split($" {word} ", StringSplitOptions.TrimEntries);

    /// <summary><c>expr = ranges</c> or <c>expr != ranges</c>, where expr is an operand, maybe <c>% m</c>.</summary>
    private static Func<long, bool> Relation(string relation)
    {
        var negated = relation.Contains("!=", StringComparison.Ordinal);
        var parts = relation.Split(negated ? "!=" : "=", 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new FormatException($"'{relation}' is not 'operand = values' or 'operand != values'");
        }

        var expression = Expression(parts[0]);
        var ranges = parts[1].Split(',', StringSplitOptions.TrimEntries).Select(Range).ToList();
        return n =>
        {
            var value = expression(n);
            var inRanges = ranges.Any(r => value >= r.From && value <= r.To);
            return inRanges != negated;
        };
    }

    private static Func<long, long> Expression(string expression)
    {
        var parts = expression.Split('%', StringSplitOptions.TrimEntries);
        Func<long, long> operand = parts[0] switch
        {
            "n" or "i" => n => n,
            "v" or "w" or "f" or "t" or "c" or "e" => _ => 0,
            _ => throw new FormatException($"'{parts[0]}' is not a plural operand (n, i, v, w, f, t, c, e)"),
        };
        if (parts.Length == 1)
        {
            return operand;
        }

        var modulus = Number(parts[1]);
        return modulus > 0 && parts.Length == 2
            ? n => operand(n) % modulus
            : throw new FormatException($"'{expression}' is not 'operand % number'");
    }

    private static (long From, long To) Range(string range)
    {
        var ends = range.Split("..", StringSplitOptions.TrimEntries);
        return ends.Length switch
        {
            1 => (Number(ends[0]), Number(ends[0])),
            2 when ends.All(e => e.Length > 0) => (Number(ends[0]), Number(ends[1])),
            _ => throw new FormatException($"'{range}' is not a number or a range a..b"),
        };
    }

    private static long Number(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a whole number");
}
