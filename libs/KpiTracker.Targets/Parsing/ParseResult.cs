using System.Diagnostics.CodeAnalysis;

namespace KpiTracker.Targets;

/// <summary>Either a value or a <see cref="ParseError"/>; parsers return this instead of throwing.</summary>
public readonly struct ParseResult<T>
{
    private ParseResult(T? value, ParseError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public ParseError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(ParseError error) => new(default, error);

    public static ParseResult<T> Fail(ParseErrorKind kind, string message, int index) => new(default, new ParseError(kind, message, index));

    public override string ToString() => Success ? $"Ok({Value})" : $"Error({Error})";
}
