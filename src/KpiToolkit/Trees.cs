namespace KpiToolkit;

/// <summary>
/// Walks trees of objectives, evaluations and reports with a stack of its own rather than the call stack, so a chain of
/// any depth (10,000 levels and more) is walked in time proportional to its size, without a stack overflow.
/// </summary>
internal static class Trees
{
    /// <summary>Returns the root and every node below it, depth first, parents before children, children in order.</summary>
    public static IEnumerable<T> PreOrder<T>(T root, Func<T, IReadOnlyList<T>> children)
    {
        var pending = new Stack<T>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            var below = children(node);
            for (var i = below.Count - 1; i >= 0; i--)
            {
                pending.Push(below[i]);
            }
        }
    }

    /// <summary>
    /// Computes one result per node from the bottom up: <paramref name="combine"/> gets the node, its parent (default for the
    /// root) and the results of its children in order, and is called once per node, children before their parent.
    /// </summary>
    public static TResult Fold<T, TResult>(T root, Func<T, IReadOnlyList<T>> children, Func<T, T?, IReadOnlyList<TResult>, TResult> combine)
    {
        var frames = new Stack<Frame<T, TResult>>();
        frames.Push(new Frame<T, TResult>(root, default, children(root)));
        while (true)
        {
            var frame = frames.Peek();
            if (frame.Results.Count < frame.Children.Count)
            {
                var child = frame.Children[frame.Results.Count];
                frames.Push(new Frame<T, TResult>(child, frame.Node, children(child)));
                continue;
            }

            frames.Pop();
            var result = combine(frame.Node, frame.Parent, frame.Results);
            if (frames.Count == 0)
            {
                return result;
            }

            frames.Peek().Results.Add(result);
        }
    }

    /// <summary>Returns the number of levels of a tree: 1 for a node without children.</summary>
    public static int Height<T>(T root, Func<T, IReadOnlyList<T>> children) =>
        Fold<T, int>(root, children, static (_, _, heights) => heights.Count == 0 ? 1 : heights.Max() + 1);

    /// <summary>A node being folded: its children, and the results of those already done.</summary>
    private sealed class Frame<T, TResult>(T node, T? parent, IReadOnlyList<T> children)
    {
        public T Node { get; } = node;

        public T? Parent { get; } = parent;

        public IReadOnlyList<T> Children { get; } = children;

        public List<TResult> Results { get; } = new(children.Count);
    }
}
