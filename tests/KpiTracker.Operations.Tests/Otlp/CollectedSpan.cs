namespace KpiTracker.Operations.Tests.Otlp;

/// <summary>One span as a collector received it: which process sent it, and its place in its trace.</summary>
public sealed record CollectedSpan(string Service, string TraceId, string SpanId, string ParentSpanId, string Name, SpanKind Kind);

/// <summary>OTLP's span kinds (opentelemetry/proto/trace/v1/trace.proto, Span.SpanKind).</summary>
public enum SpanKind { Unspecified = 0, Internal = 1, Server = 2, Client = 3, Producer = 4, Consumer = 5 }
