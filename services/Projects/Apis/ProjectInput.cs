namespace KpiTracker.Projects.Apis;

/// <summary>
/// Checks a <see cref="ProjectRequest"/> field by field and, when it is whole, copies it onto a
/// project. Every problem is collected, so the caller sees them all in one 400.
/// </summary>
public static class ProjectInput
{
    /// <summary>The most entries a project's lists may hold.</summary>
    public const int MaxFunding = 20, MaxExpenses = 200, MaxOwners = 50;

    public static Validation Check(ProjectRequest r)
    {
        var v = new Validation();
        v.Required("departmentCode", r.DepartmentCode).Required("fiscalYear", r.FiscalYear)
         .Required("name", r.Name).Required("type", r.Type).Required("annualBudget", r.AnnualBudget);
        v.Text("departmentCode", r.DepartmentCode, TextRule.Code).Text("name", r.Name, TextRule.Name)
         .Text("competentDepartment", r.CompetentDepartment, TextRule.Name).Text("executingUnit", r.ExecutingUnit, TextRule.Name)
         .Text("leader.name", r.Leader?.Name, TextRule.Line(100)).Text("leader.phone", r.Leader?.Phone, TextRule.Line(50))
         .Text("rationale", r.Rationale, TextRule.Paragraphs).Text("content", r.Content, TextRule.Paragraphs)
         .Text("calculationBasis", r.CalculationBasis, TextRule.Paragraphs).Text("previousBudgets", r.PreviousBudgets, TextRule.Paragraphs)
         .Text("overallGoal", r.OverallGoal, TextRule.Paragraphs);
        v.FiscalYear("fiscalYear", r.FiscalYear).FiscalYear("startYear", r.StartYear).FiscalYear("endYear", r.EndYear);
        v.Money("annualBudget", r.AnnualBudget).Money("totalBudget", r.TotalBudget);
        if (r.TotalBudget is { } total && r.AnnualBudget is { } annual && total < annual)
            v.Add("totalBudget", "must not be less than annualBudget (项目总预算 covers the year's budget).");
        v.Money("basicExpenditure", r.BasicExpenditure).Money("projectExpenditure", r.ProjectExpenditure);
        if ((r.BasicExpenditure is not null || r.ProjectExpenditure is not null) && r.AnnualBudget is { } budget
            && (r.BasicExpenditure ?? 0m) + (r.ProjectExpenditure ?? 0m) > budget)
            v.Unprocessable(r.ProjectExpenditure is null ? "basicExpenditure" : "projectExpenditure",
                "basicExpenditure + projectExpenditure must not exceed annualBudget (基本支出 and 项目支出 are parts of the year's budget).");

        var typeKnown = Vocabulary.TryParse<ProjectType>(r.Type, out var type);
        if (r.Type is not null && !typeKnown)
            v.Add("type", "must be oneOff, recurring, continuing or departmentOverall (一次性, 常年性, 延续性, 部门整体支出).");
        else if (typeKnown && type == ProjectType.Continuing)
        {
            if (r.StartYear is null || r.EndYear is null) v.Add("startYear", "a continuing project needs startYear and endYear.");
            else if (r.StartYear > r.EndYear) v.Add("endYear", "must not be before startYear.");
            else if (r.FiscalYear is { } fy && (fy < r.StartYear || fy > r.EndYear)) v.Add("fiscalYear", "must lie between startYear and endYear.");
        }

        v.Count("funding", r.Funding, MaxFunding).Count("expenses", r.Expenses, MaxExpenses).Count("ownerIds", r.OwnerIds, MaxOwners);
        for (var i = 0; i < Math.Min(r.Funding?.Count ?? 0, MaxFunding); i++)
        {
            var f = r.Funding![i];
            if (f is null) { v.Add($"funding[{i}]", "must not be null."); continue; }
            if (!Vocabulary.TryParse<FundingSource>(f.Source, out _))
                v.Add($"funding[{i}].source", "must be generalPublicBudget, governmentFund or other.");
            v.Required($"funding[{i}].amount", f.Amount).Money($"funding[{i}].amount", f.Amount);
        }
        for (var i = 0; i < Math.Min(r.Expenses?.Count ?? 0, MaxExpenses); i++)
        {
            var x = r.Expenses![i];
            if (x is null) { v.Add($"expenses[{i}]", "must not be null."); continue; }
            v.Required($"expenses[{i}].item", x.Item).Text($"expenses[{i}].item", x.Item, TextRule.Name)
             .Required($"expenses[{i}].amount", x.Amount).Money($"expenses[{i}].amount", x.Amount);
        }
        for (var i = 0; i < Math.Min(r.OwnerIds?.Count ?? 0, MaxOwners); i++)
            v.Required($"ownerIds[{i}]", r.OwnerIds![i]).Text($"ownerIds[{i}]", r.OwnerIds[i], TextRule.Name);
        return v;
    }

    /// <summary>Copies a checked request onto the project (new or existing).</summary>
    public static void Apply(ProjectRequest r, Project p)
    {
        p.FiscalYear = r.FiscalYear!.Value;
        p.Name = r.Name!.Trim();
        p.CompetentDepartment = r.CompetentDepartment?.Trim();
        p.ExecutingUnit = r.ExecutingUnit?.Trim();
        p.LeaderName = r.Leader?.Name?.Trim();
        p.LeaderPhone = r.Leader?.Phone?.Trim();
        p.Type = Vocabulary.Parse<ProjectType>(r.Type!);
        p.StartYear = r.StartYear;
        p.EndYear = r.EndYear;
        p.Rationale = r.Rationale;
        p.Content = r.Content;
        p.CalculationBasis = r.CalculationBasis;
        p.PreviousBudgets = r.PreviousBudgets;
        p.OverallGoal = r.OverallGoal;
        p.TotalBudget = r.TotalBudget;
        p.AnnualBudget = r.AnnualBudget!.Value;
        p.Funding = (r.Funding ?? []).Select(f => new Funding(Vocabulary.Parse<FundingSource>(f!.Source!), f.Amount!.Value)).ToList();
        p.Expenses = (r.Expenses ?? []).Select(x => new Expense(x!.Item!.Trim(), x.Amount!.Value)).ToList();
        p.OwnerIds = (r.OwnerIds ?? []).Select(o => o!.Trim()).Distinct().ToArray();
        p.FilledDate = r.FilledDate;
        // PUT replaces the form, as for every other optional field: absent means false.
        p.LongTerm = r.LongTerm ?? false;
        p.BasicExpenditure = r.BasicExpenditure;
        p.ProjectExpenditure = r.ProjectExpenditure;
    }

    /// <summary>
    /// longTerm on a type other than departmentOverall: well-formed but meaningless (only a department's
    /// overall-spending form has 长期目标), so 422 rather than 400. Call on a request <see cref="Check"/> passed.
    /// </summary>
    public static ProblemHttpResult? LongTermProblem(ProjectRequest r) =>
        r.LongTerm == true && Vocabulary.Parse<ProjectType>(r.Type!) != ProjectType.DepartmentOverall
            ? TypedResults.Problem(KpiProblems.Unprocessable("longTerm",
                "only a departmentOverall (部门整体支出) entry can hold long-term goals (长期目标); a project's goals are for its year."))
            : null;

    /// <summary>
    /// basicExpenditure / projectExpenditure on a type other than departmentOverall: well-formed but
    /// meaningless (a 项目支出 project is itself project spending; only the department's overall budget splits
    /// into 基本支出 and 项目支出), so 422 naming the field, as for longTerm. Call on a request <see cref="Check"/> passed.
    /// </summary>
    public static ProblemHttpResult? ExpenditureSplitProblem(ProjectRequest r)
    {
        if (Vocabulary.Parse<ProjectType>(r.Type!) == ProjectType.DepartmentOverall) return null;
        var field = r.BasicExpenditure is not null ? "basicExpenditure" : r.ProjectExpenditure is not null ? "projectExpenditure" : null;
        return field is null ? null : TypedResults.Problem(KpiProblems.Unprocessable(field,
            "only a departmentOverall (部门整体支出) entry splits its budget into 基本支出 and 项目支出; leave it out for a project."));
    }
}
