namespace KpiToolkit.Alerts;

/// <summary>
/// Somewhere alerts go: a log, a chat channel, an e-mail, an incident tool. Register one with
/// <c>services.AddKpiToolkit().AddKpiAlertSink&lt;TSink&gt;()</c>; every registered sink receives every alert.
/// </summary>
/// <remarks>Sinks are singletons and may receive alerts from several threads at once.</remarks>
public interface IKpiAlertSink
{
    /// <summary>Delivers one alert.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="cancellationToken">Stops the delivery.</param>
    /// <returns>A task that completes when the alert is delivered.</returns>
    ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default);
}

/// <summary>Sends an alert to every registered <see cref="IKpiAlertSink"/>.</summary>
public interface IKpiAlertPublisher
{
    /// <summary>Delivers an alert to every sink, in the order they were registered.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="cancellationToken">Stops the delivery: the sinks not reached yet do not receive it.</param>
    /// <returns>A task that completes when every sink has been tried.</returns>
    /// <exception cref="KpiAlertDeliveryException">One sink or more failed; the others still received the alert.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default);
}

/// <summary>Thrown when sinks failed to deliver an alert that the other sinks delivered.</summary>
public sealed class KpiAlertDeliveryException : AggregateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="failures">Each failed sink with its exception.</param>
    public KpiAlertDeliveryException(KpiAlert alert, IReadOnlyList<(IKpiAlertSink Sink, Exception Exception)> failures)
        : base(
            $"{Preconditions.NotNull(failures).Count} alert sink(s) failed to deliver \"{alert}\": " +
            string.Join("; ", failures.Select(failure => $"{failure.Sink.GetType().Name}: {failure.Exception.Message}")),
            failures.Select(failure => failure.Exception))
    {
        Alert = alert;
        FailedSinks = failures.Select(failure => failure.Sink).ToList().AsReadOnly();
    }

    /// <summary>Gets the alert.</summary>
    public KpiAlert Alert { get; }

    /// <summary>Gets the sinks that failed, in registration order.</summary>
    public IReadOnlyList<IKpiAlertSink> FailedSinks { get; }
}

/// <summary>The built-in publisher: each sink in turn, a failing one never keeping the alert from the next.</summary>
/// <param name="sinks">The sinks, in registration order.</param>
public sealed class KpiAlertPublisher(IEnumerable<IKpiAlertSink> sinks) : IKpiAlertPublisher
{
    private readonly IKpiAlertSink[] _sinks = [.. Preconditions.NotNull(sinks)];

    /// <summary>Gets the sinks, in the order they receive alerts.</summary>
    public IReadOnlyList<IKpiAlertSink> Sinks => Array.AsReadOnly(_sinks);

    /// <inheritdoc />
    public async ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(alert);
        List<(IKpiAlertSink, Exception)>? failures = null;
        foreach (var sink in _sinks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await sink.PublishAsync(alert, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                (failures ??= []).Add((sink, exception));
            }
        }

        if (failures is not null)
        {
            throw new KpiAlertDeliveryException(alert, failures);
        }
    }
}
