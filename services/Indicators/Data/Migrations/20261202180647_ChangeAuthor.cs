using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Indicators.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChangeAuthor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "indicators",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by_name",
                table: "indicators",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Indicators changed since the history was kept: the author of their current version is on record.
            migrationBuilder.Sql("""
                UPDATE indicators i SET updated_by = v.by, updated_by_name = v.by_name
                FROM indicator_versions v WHERE v.indicator_id = i.id AND v.version = i.version
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "updated_by_name",
                table: "indicators");
        }
    }
}
