namespace KpiTracker.ServiceDefaults.Audit;

/// <summary>
/// The audit table of a service's database, and what makes it append-only and chained, created by
/// idempotent SQL after the service's migrations (one table, the same in every service, kept out of
/// each service's EF model so no service's migrations or model snapshot change).
/// <list type="bullet">
/// <item>A BEFORE INSERT trigger takes a transaction-scoped advisory lock, so appends are serialised
/// until commit; it numbers the record after the last one (<c>position</c>), links it to that
/// record's hash and computes its own: SHA-256 over every field and the previous hash.</item>
/// <item>BEFORE UPDATE OR DELETE and BEFORE TRUNCATE triggers refuse any change, for every role,
/// the owner and superusers included; UPDATE, DELETE and TRUNCATE are also revoked from the role
/// that runs the migrations (the service's own). Only disabling the triggers (DDL, as the table's
/// owner or a superuser) gets past them, and then the chain names what was changed.</item>
/// </list>
/// </summary>
public static class AuditSchema
{
    /// <summary>The advisory lock key of the chain (one chain per database, so one key).</summary>
    public const long ChainLock = 7_312_001;

    /// <summary>The hash before the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    public const string Sql = """
        SELECT pg_advisory_xact_lock(7312000);
        CREATE TABLE IF NOT EXISTS audit_records (
            position bigint PRIMARY KEY,
            at timestamptz NOT NULL,
            actor text NOT NULL,
            actor_name text NOT NULL,
            action text NOT NULL,
            object_type text NOT NULL,
            object_id text NOT NULL,
            object_ids text[] NOT NULL,
            before jsonb,
            after jsonb,
            trace_id text,
            prev_hash text NOT NULL,
            hash text NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_audit_records_object_ids ON audit_records USING gin (object_ids);
        CREATE INDEX IF NOT EXISTS ix_audit_records_at ON audit_records (at);

        -- The content a record's hash covers, field by field (unit separators between them), the
        -- previous record's hash last. jsonb's text form is canonical, so the same record always
        -- gives the same text; the time is written in UTC to the microsecond.
        CREATE OR REPLACE FUNCTION audit_record_hash(r audit_records) RETURNS text LANGUAGE sql STABLE AS $fn$
            SELECT encode(sha256(convert_to(concat_ws(chr(31),
                r.position::text, to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                r.actor, r.actor_name, r.action, r.object_type, r.object_id, array_to_string(r.object_ids, chr(30)),
                coalesce(r.before::text, '-'), coalesce(r.after::text, '-'), coalesce(r.trace_id, '-'), r.prev_hash), 'UTF8')), 'hex')
        $fn$;

        CREATE OR REPLACE FUNCTION audit_records_append() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE
            last_position bigint;
            last_hash text;
        BEGIN
            -- Held until the transaction ends: the next append waits, then sees this record committed.
            PERFORM pg_advisory_xact_lock(7312001);
            SELECT position, hash INTO last_position, last_hash FROM audit_records ORDER BY position DESC LIMIT 1;
            NEW.position := coalesce(last_position, 0) + 1;
            NEW.at := date_trunc('microseconds', now());
            NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
            NEW.hash := audit_record_hash(NEW);
            RETURN NEW;
        END
        $fn$;

        CREATE OR REPLACE FUNCTION audit_records_refuse() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            RAISE EXCEPTION 'audit_records is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END
        $fn$;

        CREATE OR REPLACE TRIGGER audit_records_append BEFORE INSERT ON audit_records
            FOR EACH ROW EXECUTE FUNCTION audit_records_append();
        CREATE OR REPLACE TRIGGER audit_records_no_change BEFORE UPDATE OR DELETE ON audit_records
            FOR EACH ROW EXECUTE FUNCTION audit_records_refuse();
        CREATE OR REPLACE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records
            FOR EACH STATEMENT EXECUTE FUNCTION audit_records_refuse();
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_records FROM PUBLIC;
        DO $do$ BEGIN EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_records FROM %I', current_user); END $do$;
        """;

    /// <summary>Creates or updates the table, functions and triggers; safe to run at every start, and at once from several.</summary>
    public static async Task EnsureAsync(DbContext db, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(Sql, ct);
        await tx.CommitAsync(ct);
    }
}
