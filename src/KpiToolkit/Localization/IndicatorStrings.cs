namespace KpiToolkit.Localization;

/// <summary>
/// The resource type of the built-in indicators' display names and descriptions, named
/// <c>Indicator.{key}.Name</c> and <c>Indicator.{key}.Description</c>: <c>Indicator.engagement-rate.Name</c>.
/// </summary>
/// <remarks>
/// Its resources are <c>KpiToolkit.Localization.IndicatorStrings</c> (English) and its French twin. The key stays the
/// machine name in JSON and CSV; only the text people read changes. A host's
/// <see cref="Microsoft.Extensions.Localization.IStringLocalizer{T}"/> of this type is used as for <see cref="DashboardStrings"/>.
/// </remarks>
public sealed class IndicatorStrings
{
    private IndicatorStrings()
    {
    }
}
