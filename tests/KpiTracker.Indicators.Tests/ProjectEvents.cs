using KpiTracker.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Indicators.Tests;

/// <summary>
/// The project replica arrives by events, so tests feed it the way Projects would: publish
/// ProjectDeclared / Revised / Archived on the service's in-memory bus, MessageId = EventId.
/// </summary>
public static class ProjectEvents
{
    public static readonly string[] Dept18001 = ["18", "18001"];
    public static readonly string[] Dept19001 = ["19", "19001"];

    public static ProjectSnapshot Snapshot(Guid id, long version = 1, string[]? path = null, string[]? owners = null,
        bool archived = false, string name = "网络传输建设运行费", string status = "draft") =>
        new(id, version, (path ?? Dept18001)[^1], path ?? Dept18001, 2021, name, "区大数据中心", "网络技术科", "赵洪艳", "83216113",
            "recurring", 542.74m, 542.74m, [new FundingLine("generalPublicBudget", 542.74m)], "保障网络传输稳定运行",
            owners ?? ["u-zhao"], archived, Status: status);

    public static ProjectDeclared Declared(ProjectSnapshot p) => new(Guid.NewGuid(), DateTimeOffset.UtcNow, p);
    public static ProjectRevised Revised(ProjectSnapshot p) => new(Guid.NewGuid(), DateTimeOffset.UtcNow, p);
    public static ProjectArchived Archived(ProjectSnapshot p) => new(Guid.NewGuid(), DateTimeOffset.UtcNow, p);

    /// <summary>Publishes without waiting: the caller races the consumer on purpose.</summary>
    public static Task PublishAsync<T>(this IndicatorsFactory factory, T message, Guid? messageId = null) where T : class, IIntegrationEvent =>
        factory.Services.GetRequiredService<IBus>().Publish(message, ctx => ctx.MessageId = messageId ?? message.EventId);

    /// <summary>Publishes and returns once the service's endpoint has finished consuming it.</summary>
    public static async Task PublishAndWaitAsync<T>(this IndicatorsFactory factory, T message, Guid? messageId = null) where T : class, IIntegrationEvent
    {
        var id = messageId ?? message.EventId;
        var bus = factory.Services.GetRequiredService<IBus>();
        var observer = new ConsumedObserver(id);
        using (bus.ConnectConsumeObserver(observer))
        {
            await bus.Publish(message, ctx => ctx.MessageId = id);
            await observer.Consumed.WaitAsync(TimeSpan.FromSeconds(20));
        }
    }

    /// <summary>Declares a project and waits until the replica has it.</summary>
    public static Task DeclareAsync(this IndicatorsFactory factory, ProjectSnapshot p) => factory.PublishAndWaitAsync(Declared(p));

    sealed class ConsumedObserver(Guid messageId) : IConsumeObserver
    {
        readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public Task Consumed => done.Task;

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.MessageId == messageId) done.TrySetResult();
            return Task.CompletedTask;
        }

        // A fault may still be retried; the timeout reports a message that never got through.
        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
