using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeclarationStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "declaration_status",
                table: "projects",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Rows of projects declared before the approval chain: they read as approved.
                defaultValue: "approved");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "declaration_status",
                table: "projects");
        }
    }
}
