using System.Globalization;

namespace KpiTracker.Targets;

/// <summary>
/// A score's arithmetic as a small tree, so the number and the text a person reads come from the
/// same operations in the same order: the score is the tree's value, the explanation prints the
/// tree, and evaluating the printed text left to right gives the score again (what the property
/// tests check). Numbers print exactly (no display rounding) and negative ones in parentheses.
/// </summary>
public abstract record Formula
{
    public abstract decimal Value { get; }

    /// <summary>Precedence when printed: 3 number or call, 2 × ÷, 1 + −.</summary>
    internal abstract int Precedence { get; }

    public static Formula Num(decimal value) => new Number(value);

    public static Formula operator *(Formula a, Formula b) => new Binary('×', a, b);

    public static Formula operator /(Formula a, Formula b) => new Binary('÷', a, b);

    public static Formula operator -(Formula a, Formula b) => new Binary('−', a, b);

    public static Formula operator +(Formula a, Formula b) => new Binary('+', a, b);

    public static Formula Min(Formula a, Formula b) => new Call("min", a, b);

    public static Formula Max(Formula a, Formula b) => new Call("max", a, b);

    public static implicit operator Formula(decimal value) => new Number(value);

    public abstract override string ToString();

    /// <summary>A decimal as the formula shows it: invariant, no trailing zeros, negative in parentheses.</summary>
    public static string Show(decimal d)
    {
        var text = (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        return d < 0m ? "(" + text + ")" : text;
    }

    sealed record Number(decimal N) : Formula
    {
        public override decimal Value => N;
        internal override int Precedence => 3;
        public override string ToString() => Show(N);
    }

    sealed record Binary(char Op, Formula Left, Formula Right) : Formula
    {
        public override decimal Value
        {
            get
            {
                var (l, r) = (Left.Value, Right.Value);
                try
                {
                    return Op switch { '×' => l * r, '÷' => l / r, '−' => l - r, _ => l + r };
                }
                catch (OverflowException)
                {
                    // An absurd stored value (1e28 on a ≥90% target) saturates instead of failing a whole
                    // evaluation; the clamp to [0, points] then gives its score.
                    var positive = Op switch { '×' or '÷' => (l > 0m) == (r > 0m), '−' => l > r, _ => l > 0m };
                    return positive ? decimal.MaxValue : decimal.MinValue;
                }
            }
        }

        internal override int Precedence => Op is '×' or '÷' ? 2 : 1;

        // Left-associative: the right operand needs parentheses at equal precedence (a − (b − c), a ÷ (b × c)).
        public override string ToString()
        {
            var left = Left.Precedence < Precedence ? $"({Left})" : Left.ToString();
            var right = Right.Precedence <= Precedence && Right is Binary ? $"({Right})" : Right.ToString();
            return $"{left} {Op} {right}";
        }
    }

    sealed record Call(string Name, Formula A, Formula B) : Formula
    {
        public override decimal Value => Name == "min" ? Math.Min(A.Value, B.Value) : Math.Max(A.Value, B.Value);
        internal override int Precedence => 3;
        public override string ToString() => $"{Name}({A}, {B})";
    }
}
