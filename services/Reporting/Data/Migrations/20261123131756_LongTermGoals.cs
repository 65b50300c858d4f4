using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class LongTermGoals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "long_term",
                table: "projects",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "long_term",
                table: "projects");
        }
    }
}
