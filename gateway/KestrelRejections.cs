using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.WebUtilities;

namespace KpiTracker.Gateway;

/// <summary>
/// Kestrel answers a request it cannot even read — a %00 in the path, a broken request line,
/// headers too large — itself, before any middleware runs, with an empty body, and that answer is
/// not customisable (aspnet/KestrelHttpServer#2947). This connection middleware recognises such an
/// answer as it is written (an error status, Content-Length: 0, Connection: close and no
/// Content-Type: nothing of ours looks like that, every error we write has a problem body) and
/// writes the same status as application/problem+json instead. Only the edge needs it: the
/// services behind it never see a request the gateway's Kestrel refused.
/// </summary>
public static class KestrelRejections
{
    public static void UseProblemRejections(this KestrelServerOptions kestrel) =>
        kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => connection =>
        {
            connection.Transport = new RewritingPipe(connection.Transport);
            return next(connection);
        }));

    sealed class RewritingPipe(IDuplexPipe inner) : IDuplexPipe
    {
        public PipeReader Input => inner.Input;
        public PipeWriter Output { get; } = new RejectionWriter(inner.Output);
    }

    /// <summary>
    /// Passes writes through. A write that starts a 4xx/5xx status line is held back until its header
    /// block is complete (Kestrel may write it in pieces), then passed on or replaced. While holding,
    /// the writer hands out its own memory, so what it later writes into the pipe never overlaps
    /// memory the caller still writes into; that memory is copied in as it is advanced.
    /// </summary>
    sealed class RejectionWriter(PipeWriter inner) : PipeWriter
    {
        static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
        Memory<byte> handedOut;
        int advanced; // writers may Advance several times into one GetMemory (Kestrel's BufferWriter does)
        bool handedOwn;
        byte[] own = [];
        ArrayBufferWriter<byte>? held;

        public override Memory<byte> GetMemory(int sizeHint = 0)
        {
            advanced = 0;
            handedOwn = held is not null;
            if (!handedOwn) return handedOut = inner.GetMemory(sizeHint);
            if (own.Length < Math.Max(sizeHint, 4096)) own = new byte[Math.Max(sizeHint, 4096)];
            return handedOut = own;
        }

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void Advance(int bytes)
        {
            var written = handedOut.Span.Slice(advanced, bytes);
            advanced += bytes;
            if (held is null && !StartsErrorStatus(written))
            {
                if (handedOwn) inner.Write(written);
                else inner.Advance(bytes);
                return;
            }
            held ??= new ArrayBufferWriter<byte>(512);
            held.Write(written);
            if (held.WrittenSpan.IndexOf(HeaderEnd) >= 0 || held.WrittenCount > 16 * 1024) Release();
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            Release();
            return inner.FlushAsync(cancellationToken);
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null)
        {
            Release();
            inner.Complete(exception);
        }

        public override ValueTask CompleteAsync(Exception? exception = null)
        {
            Release();
            return inner.CompleteAsync(exception);
        }

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;

        void Release()
        {
            if (held is null) return;
            var bytes = held.WrittenSpan;
            held = null;
            inner.Write(Rejection(bytes) is { } problem ? problem : bytes);
        }

        static bool StartsErrorStatus(ReadOnlySpan<byte> s) =>
            s.Length >= 10 && s.StartsWith("HTTP/1."u8) && s[8] == (byte)' ' && s[9] is (byte)'4' or (byte)'5';
    }

    /// <summary>The problem+json response for Kestrel's own empty error answer, or null when the bytes are anything else.</summary>
    static byte[]? Rejection(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf("\r\n\r\n"u8);
        if (end < 0 || end + 4 != bytes.Length) return null;
        var lines = Encoding.ASCII.GetString(bytes[..end]).Split("\r\n");
        if (lines[0].Length < 12 || !int.TryParse(lines[0].AsSpan(9, 3), out var status)) return null;
        bool emptyBody = false, closing = false;
        var kept = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) return null;
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) return null;
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) { emptyBody = value == "0"; continue; }
            if (name.Equals("Connection", StringComparison.OrdinalIgnoreCase)) closing = value.Equals("close", StringComparison.OrdinalIgnoreCase);
            kept.Add(line);
        }
        if (!emptyBody || !closing) return null;
        var body = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new
        {
            type = $"https://kpitracker.dev/problems/{status}",
            title = ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Request refused",
            status,
            detail = Detail(status),
        }));
        var head = new StringBuilder(lines[0]).Append("\r\nContent-Type: application/problem+json\r\nContent-Length: ").Append(body.Length).Append("\r\n");
        foreach (var line in kept) head.Append(line).Append("\r\n");
        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    static string Detail(int status) => status switch
    {
        400 => "The server could not read the request: its path or query holds a character no server accepts (such as %00), or its request line or headers are malformed. Nothing was processed.",
        414 => "The request URI is too long.",
        431 => "The request headers are too large.",
        408 => "The request did not arrive in time.",
        _ => "The server refused the request before reading it. Nothing was processed.",
    };
}
