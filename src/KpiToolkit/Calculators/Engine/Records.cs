using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KpiToolkit.Calculators.Engine;

/// <summary>What a calculator does with each record of a pass; a struct, so the loop is compiled for it and nothing is called indirectly.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal interface IRecordVisitor<in T>
{
    void Visit(T record);
}

/// <summary>The loop of every pass: over an array, a list or an array segment without an enumerator, over any other sequence with one.</summary>
internal static class Records
{
    /// <summary>Calls the visitor with each record, in order; a null record throws an <see cref="ArgumentException"/> naming <paramref name="parameterName"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ForEach<T, TVisitor>(IEnumerable<T> records, ref TVisitor visitor, string parameterName)
        where T : class
        where TVisitor : struct, IRecordVisitor<T>
    {
        switch (records)
        {
            case T[] array when array.GetType() == typeof(T[]):
                ForEach(new ReadOnlySpan<T>(array), ref visitor, parameterName);
                break;
            case List<T> list:
                ForEach(CollectionsMarshal.AsSpan(list), ref visitor, parameterName);
                break;
            case ArraySegment<T> segment when segment.Array is null || segment.Array.GetType() == typeof(T[]):
                // What Partitions.Split gives for an array: read as a span too, not through the segment's enumerator.
                ForEach(segment.AsSpan(), ref visitor, parameterName);
                break;
            default:
                foreach (var record in records)
                {
                    visitor.Visit(Preconditions.Item(record, parameterName));
                }

                break;
        }
    }

    [MethodImpl(HotLoop.Options)]
    private static void ForEach<T, TVisitor>(ReadOnlySpan<T> records, ref TVisitor visitor, string parameterName)
        where T : class
        where TVisitor : struct, IRecordVisitor<T>
    {
        foreach (var record in records)
        {
            visitor.Visit(Preconditions.Item(record, parameterName));
        }
    }
}
