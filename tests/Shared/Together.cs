using System.Collections.Concurrent;

namespace KpiToolkit.Tests.Reliability;

/// <summary>Runs the same work on several dedicated threads released together, and collects what went wrong.</summary>
/// <remarks>Also linked into the importer's tests.</remarks>
internal static class Together
{
    /// <summary>
    /// Runs <paramref name="work"/> on <paramref name="threadCount"/> dedicated threads, each <paramref name="iterations"/>
    /// times; a barrier releases all the threads together at the start of every iteration, so their work overlaps.
    /// </summary>
    /// <param name="threadCount">The threads.</param>
    /// <param name="work">Given the thread's number; returns the differences it found from the expected results, or null.</param>
    /// <param name="iterations">The times each thread does the work.</param>
    /// <returns>The differences the work returned and the exceptions it threw, each with its thread and iteration.</returns>
    public static List<string> Run(int threadCount, Func<int, IEnumerable<string>?> work, int iterations)
    {
        var failures = new ConcurrentQueue<string>();
        using var barrier = new Barrier(threadCount);
        var threads = Enumerable.Range(0, threadCount).Select(index => new Thread(() =>
        {
            for (var iteration = 0; iteration < iterations; iteration++)
            {
                // Every thread reaches the barrier once per iteration whatever happened before, so none waits forever.
                barrier.SignalAndWait();
                try
                {
                    foreach (var difference in work(index) ?? [])
                    {
                        failures.Enqueue($"thread {index}, iteration {iteration}: {difference}");
                    }
                }
                catch (Exception exception)
                {
                    failures.Enqueue($"thread {index}, iteration {iteration}: {exception}");
                }
            }
        })
        {
            IsBackground = true,
            Name = $"reliability worker {index}",
        }).ToList();

        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        return [.. failures];
    }

    /// <summary>Fails with the first few failures when there are any, rather than with hundreds of similar lines.</summary>
    public static void ShouldNotHaveFailed(IReadOnlyCollection<string> failures, string because) =>
        failures.Count.Should().Be(0, "{0}; the first failures:\n{1}", because, string.Join("\n", failures.Take(5)));
}
