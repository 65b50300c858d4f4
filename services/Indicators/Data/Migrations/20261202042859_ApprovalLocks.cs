using System;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Indicators.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApprovalLocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "project_replicas",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                // Replicas of projects declared before the approval chain: those read as approved.
                defaultValue: "approved");

            migrationBuilder.CreateTable(
                name: "indicator_versions",
                columns: table => new
                {
                    indicator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    change = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    adjustment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    indicator = table.Column<JsonDocument>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_versions", x => new { x.indicator_id, x.version });
                });

            migrationBuilder.CreateTable(
                name: "target_adjustments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    base_version = table.Column<long>(type: "bigint", nullable: false),
                    target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    points = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    level1 = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    level2 = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    aggregation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    result_version = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_target_adjustments", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_target_adjustments_indicator_id",
                table: "target_adjustments",
                column: "indicator_id",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_target_adjustments_indicator_id_requested_at",
                table: "target_adjustments",
                columns: new[] { "indicator_id", "requested_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_versions");

            migrationBuilder.DropTable(
                name: "target_adjustments");

            migrationBuilder.DropColumn(
                name: "status",
                table: "project_replicas");
        }
    }
}
