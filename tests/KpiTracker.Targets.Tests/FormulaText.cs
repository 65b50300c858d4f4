using System.Globalization;

namespace KpiTracker.Targets.Tests;

/// <summary>
/// An evaluator of the explanations' formula text written for the tests, independent of the library's
/// <see cref="Formula"/> tree: numbers, × ÷ + −, parentheses, min(a, b), max(a, b), left to right with
/// × ÷ before + −. If the text a person reads computes the score, anyone can check the score by hand.
/// </summary>
public static class FormulaText
{
    public static decimal Evaluate(string text)
    {
        var position = 0;
        var value = Sum(text, ref position);
        Skip(text, ref position);
        if (position != text.Length) throw new FormatException($"Unexpected '{text[position..]}' in '{text}'.");
        return value;
    }

    static decimal Sum(string s, ref int i)
    {
        var value = Product(s, ref i);
        while (true)
        {
            Skip(s, ref i);
            if (i < s.Length && s[i] is '+' or '−') { var op = s[i++]; var right = Product(s, ref i); value = op == '+' ? value + right : value - right; }
            else return value;
        }
    }

    static decimal Product(string s, ref int i)
    {
        var value = Atom(s, ref i);
        while (true)
        {
            Skip(s, ref i);
            if (i < s.Length && s[i] is '×' or '÷') { var op = s[i++]; var right = Atom(s, ref i); value = op == '×' ? value * right : value / right; }
            else return value;
        }
    }

    static decimal Atom(string s, ref int i)
    {
        Skip(s, ref i);
        if (s[i] == '(')
        {
            i++;
            var inner = Sum(s, ref i);
            Expect(s, ref i, ')');
            return inner;
        }
        if (s.AsSpan(i).StartsWith("min(") || s.AsSpan(i).StartsWith("max("))
        {
            var min = s[i + 1] == 'i';
            i += 4;
            var a = Sum(s, ref i);
            Expect(s, ref i, ',');
            var b = Sum(s, ref i);
            Expect(s, ref i, ')');
            return min ? Math.Min(a, b) : Math.Max(a, b);
        }
        var start = i;
        if (s[i] == '-') i++;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
        return decimal.Parse(s[start..i], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    static void Expect(string s, ref int i, char c)
    {
        Skip(s, ref i);
        if (i >= s.Length || s[i] != c) throw new FormatException($"Expected '{c}' at {i} in '{s}'.");
        i++;
    }

    static void Skip(string s, ref int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
    }
}
