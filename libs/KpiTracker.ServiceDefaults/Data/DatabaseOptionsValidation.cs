using KpiTracker.ServiceDefaults.Configuration;
using Npgsql;

namespace KpiTracker.ServiceDefaults.Data;

public sealed class DatabaseOptionsValidation : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions o)
    {
        var errors = new SettingErrors();
        if (string.IsNullOrWhiteSpace(o.ConnectionString))
            return errors.Missing("ConnectionStrings:Db", "the service's PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…)").Result();
        try
        {
            var cs = new NpgsqlConnectionStringBuilder(o.ConnectionString);
            if (string.IsNullOrWhiteSpace(cs.Host)) errors.Invalid("ConnectionStrings:Db", "names no Host");
            if (string.IsNullOrWhiteSpace(cs.Username)) errors.Invalid("ConnectionStrings:Db", "names no Username (the service's database role)");
            if (string.IsNullOrWhiteSpace(cs.Password) && string.IsNullOrWhiteSpace(cs.Passfile))
                errors.Invalid("ConnectionStrings:Db", "names no Password for the database role");
        }
        catch (ArgumentException ex)
        {
            errors.Invalid("ConnectionStrings:Db", "is not a valid PostgreSQL connection string: " + ex.Message);
        }
        return errors.Result();
    }
}
