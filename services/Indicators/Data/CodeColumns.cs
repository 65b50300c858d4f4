using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Indicators.Data;

static class CodeColumns
{
    public static PropertyBuilder<T> HasCode<T>(this PropertyBuilder<T> property) where T : struct, Enum
    {
        property.HasConversion(v => Vocabulary.Code(v), s => Vocabulary.Parse<T>(s)).HasMaxLength(30);
        return property;
    }

    public static PropertyBuilder<T?> HasCode<T>(this PropertyBuilder<T?> property) where T : struct, Enum
    {
        property.HasConversion(v => Vocabulary.Code(v!.Value), s => Vocabulary.Parse<T>(s)).HasMaxLength(30);
        return property;
    }
}
