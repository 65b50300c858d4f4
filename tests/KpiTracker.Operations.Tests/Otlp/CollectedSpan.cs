namespace KpiTracker.Operations.Tests.Otlp;

/// <summary>One span as a collector received it: which process sent it, and its place in its trace.</summary>
public sealed record CollectedSpan(string Service, string TraceId, string SpanId, string ParentSpanId, string Name, SpanKind Kind);
