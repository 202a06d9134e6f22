namespace BriefingSite.Import.Pdf;

/// <summary>
/// Turns a line of characters in visual order (left to right, as a PDF places glyphs) into
/// logical order with the parts of the Unicode Bidirectional Algorithm (UAX #9) that plain
/// lines need: weak types (W1–W7) so numbers and Latin runs inside Arabic keep their order,
/// neutrals (N1–N2), implicit levels (I1–I2), then reversal by levels (L2) and mirroring of
/// brackets on right-to-left levels (L4). No explicit embeddings: extracted text has none.
/// Resolving levels on the visual string and reversing by them gives back the logical string,
/// because reversal by levels is its own inverse for the one-embedding lines of running text.
/// </summary>
internal static class BidiReorderer
{
    /// <summary>
    /// The base direction of a line: right-to-left when it has no left-to-right letter,
    /// left-to-right when it has no right-to-left letter (unless <paramref name="hint"/> says it
    /// ends a right-to-left paragraph), else the page's dominant direction given by the hint
    /// (the first strong character of a visual line is its logical end, so it cannot decide).
    /// </summary>
    public static LineDirection BaseDirection(ReadOnlySpan<char> visual, LineDirection hint)
    {
        bool rtl = false, ltr = false;
        foreach (var c in visual)
        {
            var type = BidiClassifier.Classify(c);
            rtl |= BidiClassifier.IsStrongRightToLeft(type);
            ltr |= type == BidiClass.L;
        }

        return (rtl, ltr) switch
        {
            (true, false) => LineDirection.RightToLeft,
            (false, true) when hint == LineDirection.RightToLeft => LineDirection.RightToLeft,
            (false, true) => LineDirection.LeftToRight,
            _ => hint,
        };
    }

    /// <summary>
    /// The logical order of <paramref name="visual"/>: for each logical position, the index of
    /// its character in the visual string, and whether it must be mirrored (a bracket on an odd level).
    /// </summary>
    public static (int[] Order, bool[] Mirror) VisualToLogical(ReadOnlySpan<char> visual, LineDirection direction)
    {
        var levels = ResolveLevels(visual, direction == LineDirection.RightToLeft ? 1 : 0);
        var order = Enumerable.Range(0, visual.Length).ToArray();
        var highest = levels.Length == 0 ? 0 : levels.Max();
        for (var level = highest; level >= 1; level--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (levels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < order.Length && levels[order[end]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                i = end;
            }
        }

        var mirror = order.Select(index => levels[index] % 2 == 1).ToArray();
        return (order, mirror);
    }

    /// <summary>The glyph a bracket shows on a right-to-left level: PDFs name the glyph drawn, so it is mirrored back.</summary>
    public static char Mirrored(char c) => c switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '\u00AB' => '\u00BB',
        '\u00BB' => '\u00AB',
        '\u2039' => '\u203A',
        '\u203A' => '\u2039',
        _ => c,
    };

    /// <summary>The embedding level of each character (rules W1–W7, N1–N2, I1–I2, L1).</summary>
    internal static int[] ResolveLevels(ReadOnlySpan<char> text, int paragraphLevel)
    {
        var types = new BidiClass[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            types[i] = BidiClassifier.Classify(text[i]);
        }

        var original = (BidiClass[])types.Clone();
        var sos = paragraphLevel == 1 ? BidiClass.R : BidiClass.L;
        ResolveWeakTypes(types, sos);
        ResolveNeutralTypes(types, sos, paragraphLevel);

        var levels = new int[text.Length];
        for (var i = 0; i < types.Length; i++)
        {
            levels[i] = (paragraphLevel, types[i]) switch
            {
                (0, BidiClass.R) => 1,
                (0, BidiClass.AN or BidiClass.EN) => 2,
                (1, BidiClass.L or BidiClass.AN or BidiClass.EN) => 2,
                _ => paragraphLevel,
            };
        }

        // L1: trailing white space and separators take the paragraph level.
        for (var i = text.Length - 1; i >= 0 && original[i] is BidiClass.WS or BidiClass.S or BidiClass.BN; i--)
        {
            levels[i] = paragraphLevel;
        }

        return levels;
    }

    private static void ResolveWeakTypes(BidiClass[] types, BidiClass sos)
    {
        // W1: a mark takes the type of the character before it.
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] == BidiClass.NSM)
            {
                types[i] = i == 0 ? sos : types[i - 1] is BidiClass.BN ? BidiClass.ON : types[i - 1];
            }
        }

        // W2: a European number after an Arabic letter is an Arabic number. W3: AL becomes R.
        var lastStrong = sos;
        for (var i = 0; i < types.Length; i++)
        {
            switch (types[i])
            {
                case BidiClass.L or BidiClass.R or BidiClass.AL:
                    lastStrong = types[i];
                    break;
                case BidiClass.EN when lastStrong == BidiClass.AL:
                    types[i] = BidiClass.AN;
                    break;
            }
        }

        for (var i = 0; i < types.Length; i++)
        {
            types[i] = types[i] == BidiClass.AL ? BidiClass.R : types[i];
        }

        // W4: one separator between two numbers of the same kind joins them.
        for (var i = 1; i < types.Length - 1; i++)
        {
            var (before, after) = (types[i - 1], types[i + 1]);
            if (types[i] == BidiClass.ES && before == BidiClass.EN && after == BidiClass.EN)
            {
                types[i] = BidiClass.EN;
            }
            else if (types[i] == BidiClass.CS && before == after && before is BidiClass.EN or BidiClass.AN)
            {
                types[i] = before;
            }
        }

        // W5: terminators next to a European number belong to it.
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] != BidiClass.ET)
            {
                continue;
            }

            var end = i;
            while (end < types.Length && types[end] == BidiClass.ET)
            {
                end++;
            }

            var touchesNumber = (i > 0 && types[i - 1] == BidiClass.EN) || (end < types.Length && types[end] == BidiClass.EN);
            for (var j = i; j < end; j++)
            {
                types[j] = touchesNumber ? BidiClass.EN : BidiClass.ON;
            }

            i = end - 1;
        }

        // W6: other separators and terminators are neutral. W7: numbers after a Latin letter are Latin.
        lastStrong = sos;
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = types[i] is BidiClass.ES or BidiClass.CS or BidiClass.ET ? BidiClass.ON : types[i];
            if (types[i] is BidiClass.L or BidiClass.R)
            {
                lastStrong = types[i];
            }
            else if (types[i] == BidiClass.EN && lastStrong == BidiClass.L)
            {
                types[i] = BidiClass.L;
            }
        }
    }

    /// <summary>N1: neutrals between two runs of the same direction take it; N2: the rest take the embedding direction.</summary>
    private static void ResolveNeutralTypes(BidiClass[] types, BidiClass sos, int paragraphLevel)
    {
        var embedding = paragraphLevel == 1 ? BidiClass.R : BidiClass.L;
        for (var i = 0; i < types.Length; i++)
        {
            if (!IsNeutral(types[i]))
            {
                continue;
            }

            var end = i;
            while (end < types.Length && IsNeutral(types[end]))
            {
                end++;
            }

            var before = i == 0 ? sos : StrongDirection(types[i - 1]);
            var after = end == types.Length ? sos : StrongDirection(types[end]);
            var resolved = before == after ? before : embedding;
            for (var j = i; j < end; j++)
            {
                types[j] = resolved;
            }

            i = end - 1;
        }
    }

    private static bool IsNeutral(BidiClass type) => type is BidiClass.WS or BidiClass.ON or BidiClass.S or BidiClass.BN;

    private static BidiClass StrongDirection(BidiClass type) => type is BidiClass.EN or BidiClass.AN ? BidiClass.R : type;
}
