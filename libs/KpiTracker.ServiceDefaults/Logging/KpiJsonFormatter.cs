using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using KpiTracker.ServiceDefaults.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace KpiTracker.ServiceDefaults.Logging;

/// <summary>
/// One JSON object per line, flat, so an operator can grep or ship it as it is: timestamp, level,
/// service, category, message, traceId, spanId, userId, department, then the message's own
/// properties and the scopes' (camelCase, first one wins), and the exception only when there is
/// one. The trace and the caller come from the current request, on the thread that logs.
/// </summary>
public sealed class KpiJsonFormatter(IOptionsMonitor<KpiJsonFormatterOptions> options, IHttpContextAccessor http)
    : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "kpi-json";
    static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override void Write<TState>(in LogEntry<TState> entry, IExternalScopeProvider? scopes, TextWriter textWriter)
    {
        var message = entry.Formatter(entry.State, entry.Exception);
        if (message is null && entry.Exception is null) return;
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            var written = new HashSet<string>(StringComparer.Ordinal);
            void Field(string name, string? value)
            {
                if (value is null || !written.Add(name)) return;
                w.WriteString(name, value);
            }

            w.WriteStartObject();
            Field("timestamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
            Field("level", Level(entry.LogLevel));
            Field("service", options.CurrentValue.Service);
            Field("category", entry.Category);
            Field("message", message);
            if (Activity.Current is { } activity)
            {
                Field("traceId", activity.TraceId.ToString());
                Field("spanId", activity.SpanId.ToString());
            }
            if (http.HttpContext?.User is { Identity.IsAuthenticated: true } user)
            {
                Field("userId", user.FindFirst(KpiClaims.Subject)?.Value);
                var departments = user.FindAll(KpiClaims.Department).Select(c => c.Value).ToArray();
                if (departments.Length > 0) Field("department", string.Join(",", departments));
            }
            if (entry.EventId.Id != 0) Field("eventId", entry.EventId.Name ?? entry.EventId.Id.ToString());
            if (entry.State is IEnumerable<KeyValuePair<string, object?>> properties) WriteProperties(properties, Field);
            scopes?.ForEachScope((scope, _) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> values) WriteProperties(values, Field);
            }, (object?)null);
            if (entry.Exception is { } ex) Field("exception", ex.ToString());
            w.WriteEndObject();
        }
        textWriter.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        textWriter.Write('\n');
    }

    static void WriteProperties(IEnumerable<KeyValuePair<string, object?>> values, Action<string, string?> field)
    {
        foreach (var (key, value) in values)
        {
            if (key.Length == 0 || key[0] == '{' || value is null) continue;
            var name = char.ToLowerInvariant(key[0]) + key[1..];
            field(name, value switch
            {
                string s => s,
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString(),
            });
        }
    }

    static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "error",
        LogLevel.Critical => "fatal",
        _ => "none",
    };
}
