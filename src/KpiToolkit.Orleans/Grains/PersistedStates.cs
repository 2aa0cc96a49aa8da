namespace KpiToolkit.Orleans.Grains;

/// <summary>How the grains persist a state they changed in memory.</summary>
internal static class PersistedStates
{
    /// <summary>
    /// Writes the state. When the write fails the grain deactivates, so its next call reads the stored state again rather
    /// than take what was never written as done (a retried batch would find its records already counted in memory).
    /// </summary>
    public static async Task WriteOrDeactivateAsync<T>(this IPersistentState<T> state, IGrainBase grain, CancellationToken cancellationToken)
    {
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
