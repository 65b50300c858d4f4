using KpiTracker.Contracts;
using KpiTracker.Reporting.Data;
using KpiTracker.Reporting.Model;
using KpiTracker.ServiceDefaults.Messaging;
using MassTransit;

namespace KpiTracker.Reporting.Consumers;

/// <summary>Departments never change once registered: the same event twice writes the same row.</summary>
public sealed class DepartmentRegisteredConsumer(ReportingDb db) : IdempotentConsumer<ReportingDb, DepartmentRegistered>(db)
{
    protected override async Task Handle(DepartmentRegistered m, ConsumeContext<DepartmentRegistered> context)
    {
        var row = await Db.Departments.FindAsync([m.Code], context.CancellationToken);
        if (row is null) Db.Departments.Add(row = new DepartmentRow { Code = m.Code, Name = m.Name });
        row.Name = m.Name;
        row.ParentCode = m.ParentCode;
        row.Path = [.. m.Path];
    }
}
