namespace KpiToolkit.Calculators;

/// <summary>
/// The largest of the last values of a stream, in amortized constant time per value: a ring of the values that
/// can still become the largest (each smaller than the one before it), with the index each was added at.
/// </summary>
internal sealed class MovingMaximum
{
    private readonly double[] _values;
    private readonly long[] _indexes;
    private readonly int _capacity;
    private int _head;
    private int _length;
    private long _count;

    public MovingMaximum(int capacity)
    {
        _capacity = capacity;
        _values = new double[capacity];
        _indexes = new long[capacity];
    }

    /// <summary>Gets the largest of the last values, up to the capacity; negative infinity before the first.</summary>
    public double Maximum => _length == 0 ? double.NegativeInfinity : _values[_head];

    /// <summary>Adds a value, dropping the ones older than the capacity.</summary>
    public void Add(double value)
    {
        if (_length > 0 && _indexes[_head] <= _count - _capacity)
        {
            _head = _head + 1 == _capacity ? 0 : _head + 1;
            _length--;
        }

        // A value no larger than the new one can never be the largest again.
        while (_length > 0 && _values[(_head + _length - 1) % _capacity] <= value)
        {
            _length--;
        }

        var slot = (_head + _length) % _capacity;
        _values[slot] = value;
        _indexes[slot] = _count;
        _length++;
        _count++;
    }
}
