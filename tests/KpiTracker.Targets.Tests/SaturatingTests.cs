using CsCheck;

namespace KpiTracker.Targets.Tests;

/// <summary>
/// Saturating takes fast paths decided from magnitudes alone (issue 9). Wherever decimal's own
/// operator answers, Saturating must give exactly that answer; where the operator throws, it must
/// give the bound on the side the true result lies — so a fast path that skipped a real overflow,
/// or a clamp that picked the wrong sign, shows here.
/// </summary>
public class SaturatingTests
{
    static readonly Gen<decimal> AnyDecimal = Gen.OneOf(
        Gen.Decimal,
        Gen.Decimal[-1e15m, 1e15m],
        Gen.Decimal[-1m, 1m],
        Gen.OneOf(decimal.MaxValue, decimal.MinValue, 1e28m, -1e28m, 1e14m, -1e14m, 1e-14m, -1e-14m, 1e-28m, -1e-28m, 0m, 1m, -1m));

    /// <summary>What decimal's operator gives, or the bound of the true result's sign when it overflows.</summary>
    static decimal Expected(Func<decimal, decimal, decimal> op, decimal a, decimal b, int sign)
    {
        try { return op(a, b); }
        catch (OverflowException) { return sign > 0 ? decimal.MaxValue : decimal.MinValue; }
    }

    [Fact]
    public void Add_and_subtract_equal_the_operator_or_clamp_on_the_right_side() =>
        Gen.Select(AnyDecimal, AnyDecimal).Sample((a, b) =>
        {
            Assert.Equal(Expected((x, y) => x + y, a, b, Math.Sign(a) != 0 ? Math.Sign(a) : Math.Sign(b)), Saturating.Add(a, b));
            Assert.Equal(Expected((x, y) => x - y, a, b, Math.Sign(a) != 0 ? Math.Sign(a) : -Math.Sign(b)), Saturating.Subtract(a, b));
        }, iter: 20_000);

    [Fact]
    public void Multiply_equals_the_operator_or_clamps_on_the_right_side() =>
        Gen.Select(AnyDecimal, AnyDecimal).Sample((a, b) =>
            Assert.Equal(Expected((x, y) => x * y, a, b, Math.Sign(a) * Math.Sign(b)), Saturating.Multiply(a, b)), iter: 20_000);

    [Fact]
    public void Divide_equals_the_operator_or_clamps_on_the_right_side() =>
        Gen.Select(AnyDecimal, AnyDecimal.Where(d => d != 0m)).Sample((a, b) =>
            Assert.Equal(Expected((x, y) => x / y, a, b, Math.Sign(a) * Math.Sign(b)), Saturating.Divide(a, b)), iter: 20_000);

    [Fact]
    public void A_sum_is_exact_while_it_fits_and_saturates_once_it_does_not() =>
        Gen.Decimal[-1e15m, 1e15m].Array[0, 30].Sample(values =>
            Assert.Equal(values.Sum(), Saturating.Sum(values)), iter: 5_000);

    [Fact]
    public void A_sum_of_nullable_values_is_null_only_when_every_value_is() =>
        Gen.Select(Gen.Decimal[-1e15m, 1e15m], Gen.Int[0, 3]).Select((d, k) => k == 0 ? null : (decimal?)d).Array[0, 12].Sample(values =>
        {
            var sum = Saturating.Sum(values);
            if (values.All(v => v is null)) Assert.Null(sum);
            else Assert.Equal(values.Sum(), sum);
        }, iter: 5_000);
}
