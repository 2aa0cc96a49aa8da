namespace KpiToolkit.Localization;

/// <summary>
/// The resource type of every text a rendered dashboard shows that is not the host's data: labels and headings, the
/// default title, statuses, categories, reasons, objective explanations, detector descriptions and problem messages.
/// </summary>
/// <remarks>
/// <para>Its resources are <c>KpiToolkit.Localization.DashboardStrings</c> (English, the neutral language) and
/// <c>KpiToolkit.Localization.DashboardStrings.fr</c>. A host replaces or extends them the standard way: after
/// <c>services.AddLocalization()</c>, KpiToolkit asks the container for <c>IStringLocalizer&lt;DashboardStrings&gt;</c>,
/// so a host's own <see cref="Microsoft.Extensions.Localization.IStringLocalizer{T}"/> or factory is used first, and
/// KpiToolkit's own resources for every name it does not find.</para>
/// <para>The names, such as <c>Label.Period</c> or <c>Status.OnTrack</c>, are listed in <see cref="KpiLocalizer.Names"/>
/// and in the localization documentation. Texts that carry values are composite format strings (<c>{0}</c>, <c>{1}</c>);
/// the comment of each resource says what each placeholder holds.</para>
/// </remarks>
public sealed class DashboardStrings
{
    private DashboardStrings()
    {
    }
}
