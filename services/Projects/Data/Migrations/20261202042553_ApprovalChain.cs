using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Projects.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApprovalChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "reviews",
                table: "projects",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "projects",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Projects declared before the approval chain were already in use as declared: they read
                // as approved. New rows always carry their status (a new declaration is a draft).
                defaultValue: "approved");

            migrationBuilder.CreateIndex(
                name: "ix_projects_status",
                table: "projects",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_projects_status",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "reviews",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "status",
                table: "projects");
        }
    }
}
