namespace KpiTracker.Targets;

/// <summary>What kind of problem a parse met; stable, so services can map it to messages or codes.</summary>
public enum ParseErrorKind
{
    Empty,
    /// <summary>"**" or "*" left from a blank form (≥**万元).</summary>
    UnfilledTemplate,
    /// <summary>An operator with no number after it (≥abc).</summary>
    MissingNumber,
    /// <summary>Two comparisons in one target (≥≤5, ≥90%≤95%, 不低于≥90%).</summary>
    TwoOperators,
    /// <summary>A word operator and a suffix that disagree (≤5%以上).</summary>
    ConflictingOperators,
    /// <summary>Text the grammar does not expect at that place (an unknown unit, a stray symbol).</summary>
    UnexpectedText,
    NumberTooLarge,
    /// <summary>A value whose unit cannot be compared with the target's (1批 against 人, 3天 against 月).</summary>
    IncompatibleUnit,
    /// <summary>No number and no words: only symbols.</summary>
    NotATarget,
}
