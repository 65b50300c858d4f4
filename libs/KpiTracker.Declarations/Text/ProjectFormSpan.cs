namespace KpiTracker.Declarations;

/// <summary>
/// Where one 项目绩效目标申报表 lies in the text (row indexes, both ends included): from its title
/// (<see cref="Begin"/>) over its 项目名称 row (<see cref="NameRow"/>, the title itself when that row
/// could not be read) to the row before the next form.
/// </summary>
internal readonly record struct ProjectFormSpan(int Begin, int NameRow, int End);
