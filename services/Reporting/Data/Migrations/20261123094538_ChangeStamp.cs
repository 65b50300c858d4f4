using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChangeStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "change_stamp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropSequence(
                name: "change_stamp");
        }
    }
}
