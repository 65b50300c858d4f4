using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class RulePacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "closed_pack",
                table: "project_years",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "rule_pack_assignments",
                columns: table => new
                {
                    root_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    pack_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rule_pack_assignments", x => new { x.root_code, x.fiscal_year });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rule_pack_assignments");

            migrationBuilder.DropColumn(
                name: "closed_pack",
                table: "project_years");
        }
    }
}
