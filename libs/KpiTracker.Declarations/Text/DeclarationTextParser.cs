namespace KpiTracker.Declarations;

/// <summary>
/// Turns the text extraction of a published budget disclosure (部门预算公开) into a
/// <see cref="Declaration"/>: the department, its 项目绩效目标申报表 forms and its
/// 部门整体支出绩效目标申报表. Pure: reads only the string it is given.
/// Nothing is invented: a value that is not in the text is null, and a required one
/// (project name, annual budget, an indicator's levels, name and target) is reported as an
/// <see cref="ImportProblem"/> with its line.
/// </summary>
/// <remarks>
/// The work is split by subject: <see cref="FormLocator"/> finds the forms, <see cref="ProjectFormReader"/>
/// and <see cref="DepartmentFormReader"/> read one form each, <see cref="IndicatorTableReader"/> their
/// indicator tables.
/// </remarks>
public static class DeclarationTextParser
{
    /// <summary>Parses the text. Never throws: an unexpected failure becomes a problem at line 0.</summary>
    public static Declaration Parse(string? text)
    {
        try
        {
            return Read(new TextDocument(text ?? ""));
        }
        catch (Exception ex)
        {
            return new Declaration
            {
                Problems = [new ImportProblem(0, $"the parser failed on this text ({ex.GetType().Name}: {ex.Message}); nothing was read")],
            };
        }
    }

    private static Declaration Read(TextDocument doc)
    {
        var layout = FormLocator.Locate(doc);
        var problems = new List<ImportProblem>();
        var projects = layout.Projects.Select(span => ProjectFormReader.Read(doc, span)).ToList();
        var dept = layout.DepartmentStart >= 0 ? DepartmentFormReader.Read(doc, layout.DepartmentStart, layout.DepartmentEnd, problems) : null;
        var name = layout.DepartmentName ?? dept?.DepartmentName;

        if (name is null)
        {
            problems.Add(new ImportProblem(0, "the department's name was not found (no '<name> <year> 年部门预算' title, no 单位名称, no 部门名称)"));
        }

        if (layout.FiscalYear is null)
        {
            problems.Add(new ImportProblem(0, "the fiscal year was not found"));
        }

        if (projects.Count == 0 && dept is null)
        {
            problems.Add(new ImportProblem(0, "no goal form was found (no 项目名称 row, no 部门整体支出绩效目标申报表)"));
        }

        problems.AddRange(GarbledOutsideProjects(doc, projects, dept));
        return new Declaration
        {
            DepartmentName = name,
            DepartmentCode = layout.DepartmentCode,
            FiscalYear = layout.FiscalYear,
            Projects = projects,
            DepartmentGoals = dept,
            Problems = problems.Concat(projects.SelectMany(p => p.Problems)).OrderBy(p => p.Line).ToList(),
        };
    }

    /// <summary>
    /// Garbled lines the project forms did not report (the first 20): an error inside the department form,
    /// whose goals must not be imported from a damaged text, a warning elsewhere.
    /// </summary>
    private static IEnumerable<ImportProblem> GarbledOutsideProjects(TextDocument doc, List<ProjectDeclaration> projects, DepartmentGoalDeclaration? dept) =>
        doc.Rows
            .Where(r => TextNormalizer.LooksGarbled(r.Raw) && !projects.Any(p => r.Line >= p.Line && r.Line <= p.EndLine))
            .Take(20)
            .Select(r => new ImportProblem(r.Line, "the line is garbled and was not read",
                dept is not null && r.Line >= dept.Line ? ProblemSeverity.Error : ProblemSeverity.Warning));
}
