namespace KpiTracker.Web.Api;

/// <summary>The parts of the system behind the gateway, named as the user reads them when one is down.</summary>
public enum ApiPart { Projects, Indicators, Measurements, Reporting, Imports, Identity, Gateway }
