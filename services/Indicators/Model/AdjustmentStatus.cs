namespace KpiTracker.Indicators.Model;

public enum AdjustmentStatus { Pending, Approved, Returned }
