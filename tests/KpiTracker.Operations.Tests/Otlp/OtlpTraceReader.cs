using Google.Protobuf;

namespace KpiTracker.Operations.Tests.Otlp;

/// <summary>
/// Reads the spans out of an OTLP/HTTP protobuf export (ExportTraceServiceRequest). The OTLP .proto
/// classes are not served here (OpenTelemetry.Proto is not on the mirror), so this walks the few
/// fields a trace test needs with Google.Protobuf's wire reader, skipping every other field.
/// Field numbers are those of opentelemetry/proto: request.resource_spans = 1; ResourceSpans
/// .resource = 1, .scope_spans = 2; Resource.attributes = 1; KeyValue.key = 1, .value = 2;
/// AnyValue.string_value = 1; ScopeSpans.spans = 2; Span.trace_id = 1, .span_id = 2,
/// .parent_span_id = 4, .name = 5, .kind = 6.
/// </summary>
public static class OtlpTraceReader
{
    public static IReadOnlyList<CollectedSpan> Read(byte[] body)
    {
        var spans = new List<CollectedSpan>();
        foreach (var (field, resourceSpans) in Fields(ByteString.CopyFrom(body)))
            if (field == 1) spans.AddRange(ReadResourceSpans(resourceSpans));
        return spans;
    }

    static IEnumerable<CollectedSpan> ReadResourceSpans(ByteString message)
    {
        var service = "";
        var scopeSpans = new List<ByteString>();
        foreach (var (field, value) in Fields(message))
        {
            if (field == 1) service = ServiceName(value) ?? service;
            else if (field == 2) scopeSpans.Add(value);
        }
        foreach (var scope in scopeSpans)
            foreach (var (field, span) in Fields(scope))
                if (field == 2) yield return ReadSpan(service, span);
    }

    static string? ServiceName(ByteString resource)
    {
        foreach (var (field, attribute) in Fields(resource))
        {
            if (field != 1) continue;
            string? key = null, text = null;
            foreach (var (f, v) in Fields(attribute))
            {
                if (f == 1) key = v.ToStringUtf8();
                else if (f == 2) text = Fields(v).Where(x => x.Field == 1).Select(x => x.Value.ToStringUtf8()).FirstOrDefault();
            }
            if (key == "service.name") return text;
        }
        return null;
    }

    static CollectedSpan ReadSpan(string service, ByteString span)
    {
        string traceId = "", spanId = "", parent = "", name = "";
        var kind = SpanKind.Unspecified;
        var input = span.CreateCodedInput();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1: traceId = Hex(input.ReadBytes()); break;
                case 2: spanId = Hex(input.ReadBytes()); break;
                case 4: parent = Hex(input.ReadBytes()); break;
                case 5: name = input.ReadString(); break;
                case 6: kind = (SpanKind)input.ReadEnum(); break;
                default: input.SkipLastField(); break;
            }
        }
        return new CollectedSpan(service, traceId, spanId, parent, name, kind);
    }

    /// <summary>The length-delimited fields of a message (numbers and bytes); all others are skipped.</summary>
    static IEnumerable<(int Field, ByteString Value)> Fields(ByteString message)
    {
        var input = message.CreateCodedInput();
        var found = new List<(int, ByteString)>();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
                found.Add((WireFormat.GetTagFieldNumber(tag), input.ReadBytes()));
            else
                input.SkipLastField();
        }
        return found;
    }

    static string Hex(ByteString bytes) => Convert.ToHexString(bytes.Span).ToLowerInvariant();
}
