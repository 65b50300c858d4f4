namespace KpiTracker.Reporting.Exports;

public enum CellStyle { Plain, Title, Header, Text, Money, Number, Percent, Label }
