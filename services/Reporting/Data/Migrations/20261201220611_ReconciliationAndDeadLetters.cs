using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReconciliationAndDeadLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dead_letters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_version = table.Column<int>(type: "integer", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    item = table.Column<string>(type: "jsonb", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dead_letters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ledger_lines",
                columns: table => new
                {
                    reconciliation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    owner = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    count = table.Column<long>(type: "bigint", nullable: false),
                    checksum = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_lines", x => new { x.reconciliation_id, x.round, x.owner, x.project_id, x.kind });
                });

            migrationBuilder.CreateTable(
                name: "ledger_parts",
                columns: table => new
                {
                    reconciliation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    owner = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    part = table.Column<int>(type: "integer", nullable: false),
                    parts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_parts", x => new { x.reconciliation_id, x.round, x.owner, x.part });
                });

            migrationBuilder.CreateTable(
                name: "reconciliations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: true),
                    project_ids = table.Column<Guid[]>(type: "uuid[]", nullable: true),
                    round = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    round_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    @checked = table.Column<int>(name: "checked", type: "integer", nullable: false),
                    differing = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    differences = table.Column<string>(type: "jsonb", nullable: false),
                    repairs = table.Column<string>(type: "jsonb", nullable: false),
                    unhealed = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    quarantined = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dead_letters_kind_item_id_item_version",
                table: "dead_letters",
                columns: new[] { "kind", "item_id", "item_version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dead_letters_project_id",
                table: "dead_letters",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "ix_reconciliations_requested_at",
                table: "reconciliations",
                column: "requested_at");

            migrationBuilder.CreateIndex(
                name: "ix_reconciliations_state_due_at",
                table: "reconciliations",
                columns: new[] { "state", "due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dead_letters");

            migrationBuilder.DropTable(
                name: "ledger_lines");

            migrationBuilder.DropTable(
                name: "ledger_parts");

            migrationBuilder.DropTable(
                name: "reconciliations");
        }
    }
}
