using KpiToolkit.Objectives;

namespace KpiToolkit.Orleans;

/// <summary>
/// Gives the objectives of a brand, which the cluster evaluates after every batch that changes the brand's records. Register
/// one in the silos' services to read objectives from the host's own store; <c>siloBuilder.AddKpiToolkitObjectives(brand,
/// objectives)</c> registers a fixed list.
/// </summary>
/// <remarks>
/// Every silo must give the same objectives for a brand: a brand's objectives grain may run on any silo. The source is
/// asked after every batch that changes a brand's records, so one that reads a store should keep what it read for a while.
/// </remarks>
public interface IKpiObjectiveSource
{
    /// <summary>Returns the objectives of a brand: the roots of their trees, each with its sub-objectives.</summary>
    /// <param name="brand">The brand, as its batches name it.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The objectives; empty when the brand has none.</returns>
    ValueTask<IReadOnlyList<Objective>> GetObjectivesAsync(string brand, CancellationToken cancellationToken);
}

/// <summary>The objectives of one brand given to <c>AddKpiToolkitObjectives</c>.</summary>
internal sealed record ObjectiveRegistration(string Brand, IReadOnlyList<Objective> Objectives);

/// <summary>The objectives given by <c>AddKpiToolkitObjectives</c>, by brand.</summary>
internal sealed class RegisteredObjectiveSource : IKpiObjectiveSource
{
    private readonly Dictionary<string, IReadOnlyList<Objective>> _byBrand = new(StringComparer.Ordinal);

    /// <summary>Gathers the registrations, refusing two objectives of a brand with one id.</summary>
    public RegisteredObjectiveSource(IEnumerable<ObjectiveRegistration> registrations)
    {
        foreach (var (brand, objectives) in registrations)
        {
            _byBrand[brand] = Checked(brand, _byBrand.GetValueOrDefault(brand) ?? [], objectives);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Objective>> GetObjectivesAsync(string brand, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_byBrand.GetValueOrDefault(brand) ?? []);

    private static IReadOnlyList<Objective> Checked(string brand, IReadOnlyList<Objective> held, IReadOnlyList<Objective> added)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var objective in held.Concat(added).SelectMany(root => root.SelfAndDescendants()))
        {
            if (!ids.Add(objective.Id))
            {
                throw new ArgumentException($"The brand '{brand}' has two objectives with the id '{objective.Id}': each objective of a brand needs its own id.", nameof(added));
            }
        }

        return [.. held, .. added];
    }
}
