namespace BriefingSite.Rendering.Cards;

/// <summary>
/// The Unicode bidi algorithm (UAX #9) at paragraph level, for one line of plain text without
/// explicit embeddings (the content loader strips bidi controls): classes, the weak rules W1–W7,
/// the neutral rules N1–N2, implicit levels I1–I2, and the run reordering L2. Titles are short
/// and flat, so the levels never exceed 2.
/// </summary>
public static class BidiOrdering
{
    /// <summary>The line's runs in visual order, left to right; each run's text stays in logical order for shaping.</summary>
    public static IReadOnlyList<BidiRun> VisualRuns(string line, bool rightToLeft)
    {
        var levels = Levels(line, rightToLeft);
        var runs = new List<BidiRun>();
        for (var start = 0; start < line.Length;)
        {
            var end = start + 1;
            while (end < line.Length && levels[end] == levels[start])
            {
                end++;
            }

            runs.Add(new BidiRun(start, end - start, levels[start]));
            start = end;
        }

        Reorder(runs);
        return runs;
    }

    /// <summary>The resolved embedding level of each UTF-16 unit (rules W1–I2).</summary>
    public static int[] Levels(string line, bool rightToLeft)
    {
        var paragraphLevel = rightToLeft ? 1 : 0;
        var paragraphClass = rightToLeft ? BidiClass.Right : BidiClass.Left;
        var classes = line.Select(BidiClasses.Of).ToArray();
        ResolveWeak(line, classes, paragraphClass);
        ResolveNeutral(classes, paragraphClass);

        var levels = new int[line.Length];
        for (var i = 0; i < line.Length; i++)
        {
            levels[i] = (paragraphLevel, classes[i]) switch
            {
                (0, BidiClass.Right) => 1,
                (0, BidiClass.EuropeanNumber or BidiClass.ArabicNumber) => 2,
                (0, _) => 0,
                (_, BidiClass.Right) => 1,
                _ => 2,
            };
        }

        return levels;
    }

    private static void ResolveWeak(string line, BidiClass[] classes, BidiClass paragraphClass)
    {
        // W1: a mark takes the class of what it sits on (the paragraph's at the start).
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] == BidiClass.Mark)
            {
                classes[i] = i == 0 ? paragraphClass : classes[i - 1];
            }
        }

        // W2: a European digit after Arabic letters is an Arabic number. Every right-to-left
        // letter here is treated as Arabic (AL); Hebrew digits after Hebrew letters would differ.
        var lastStrong = paragraphClass;
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] is BidiClass.Left or BidiClass.Right)
            {
                lastStrong = classes[i];
            }
            else if (classes[i] == BidiClass.EuropeanNumber && lastStrong == BidiClass.Right)
            {
                classes[i] = BidiClass.ArabicNumber;
            }
        }

        // W4: one separator between two numbers of a kind joins them (2.5, 07-283, ١٬٢٠٠).
        for (var i = 1; i < classes.Length - 1; i++)
        {
            if (classes[i - 1] == classes[i + 1]
                && (classes[i - 1] == BidiClass.EuropeanNumber && (IsCommonSeparator(line[i]) || line[i] is '+' or '-')
                    || classes[i - 1] == BidiClass.ArabicNumber && IsCommonSeparator(line[i])))
            {
                classes[i] = classes[i - 1];
            }
        }

        // W5: terminators (%, currency, degrees) beside European digits are digits.
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] == BidiClass.EuropeanNumber)
            {
                for (var j = i - 1; j >= 0 && IsTerminator(line[j]); j--)
                {
                    classes[j] = BidiClass.EuropeanNumber;
                }

                for (var j = i + 1; j < classes.Length && IsTerminator(line[j]); j++)
                {
                    classes[j] = BidiClass.EuropeanNumber;
                }
            }
        }

        // W7: European digits after left-to-right letters are left-to-right.
        lastStrong = paragraphClass;
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] is BidiClass.Left or BidiClass.Right)
            {
                lastStrong = classes[i];
            }
            else if (classes[i] == BidiClass.EuropeanNumber && lastStrong == BidiClass.Left)
            {
                classes[i] = BidiClass.Left;
            }
        }
    }

    /// <summary>N1–N2: neutrals between two strong sides of one direction take it (digits count as right-to-left); others the paragraph's.</summary>
    private static void ResolveNeutral(BidiClass[] classes, BidiClass paragraphClass)
    {
        for (var i = 0; i < classes.Length;)
        {
            if (classes[i] != BidiClass.Neutral)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < classes.Length && classes[end] == BidiClass.Neutral)
            {
                end++;
            }

            var before = i == 0 ? paragraphClass : Direction(classes[i - 1]);
            var after = end == classes.Length ? paragraphClass : Direction(classes[end]);
            var resolved = before == after ? before : paragraphClass;
            Array.Fill(classes, resolved, i, end - i);
            i = end;
        }
    }

    private static BidiClass Direction(BidiClass resolved) =>
        resolved == BidiClass.Left ? BidiClass.Left : BidiClass.Right;

    /// <summary>L2: from the highest level down to the lowest odd one, reverse each stretch of runs at that level or higher.</summary>
    private static void Reorder(List<BidiRun> runs)
    {
        if (runs.Count == 0)
        {
            return;
        }

        var highest = runs.Max(r => r.Level);
        var lowestOdd = runs.Where(r => r.RightToLeft).Select(r => r.Level).DefaultIfEmpty(highest + 1).Min();
        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < runs.Count;)
            {
                if (runs[i].Level < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < runs.Count && runs[end].Level >= level)
                {
                    end++;
                }

                runs.Reverse(i, end - i);
                i = end;
            }
        }
    }

    private static bool IsCommonSeparator(char c) => c is ',' or '.' or ':' or '/' or '\u00A0' or '\u060C';

    private static bool IsTerminator(char c) => c is '%' or '$' or '#' or '°' or '€' or '£' or '\u066A' or '\u2030';
}
