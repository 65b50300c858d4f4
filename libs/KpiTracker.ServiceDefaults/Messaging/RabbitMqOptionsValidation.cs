using KpiTracker.ServiceDefaults.Configuration;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>The broker settings a service refuses to start without (none for the in-memory test transport).</summary>
public sealed class RabbitMqOptionsValidation : IValidateOptions<RabbitMqOptions>
{
    public ValidateOptionsResult Validate(string? name, RabbitMqOptions o)
    {
        if (o.InMemory) return ValidateOptionsResult.Success;
        var errors = new SettingErrors()
            .MissingUnless(!string.IsNullOrWhiteSpace(o.Host), "RabbitMq:Host", "the RabbitMQ host name")
            .MissingUnless(!string.IsNullOrWhiteSpace(o.Username), "RabbitMq:Username", "the RabbitMQ user")
            .MissingUnless(!string.IsNullOrWhiteSpace(o.Password), "RabbitMq:Password", "the RabbitMQ user's password");
        if (o.Port is < 1 or > 65535) errors.Invalid("RabbitMq:Port", "must be between 1 and 65535");
        return errors.Result();
    }
}
